package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.util.List;

/** One paper chosen for a digest, its tags, its score and why it was chosen, in words. */
public record Pick(Paper paper, List<TagScore> tags, double score, String why) {

    public Pick {
        tags = List.copyOf(tags);
    }
}
