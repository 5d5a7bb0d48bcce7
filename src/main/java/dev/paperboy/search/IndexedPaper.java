package dev.paperboy.search;

import dev.paperboy.paper.Paper;
import java.util.List;

/** What the index keeps of a paper: the paper, its effective tag names, and its unit vector (null when none). */
public record IndexedPaper(Paper paper, List<String> tags, float[] vector) {

    public IndexedPaper {
        tags = List.copyOf(tags);
    }
}
