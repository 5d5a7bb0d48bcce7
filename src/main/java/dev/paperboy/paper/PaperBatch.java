package dev.paperboy.paper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one file or feed delivered: its papers, any tags a human curator gave them (paper id to tag names), the
 * reader's name when the file is a personal reading list, and the entries that were skipped, each with why.
 */
public record PaperBatch(
        PaperFormat format,
        List<Paper> papers,
        Map<String, List<String>> curatorTags,
        Optional<String> reader,
        List<String> skipped) {

    public PaperBatch {
        papers = List.copyOf(papers);
        curatorTags = Map.copyOf(curatorTags);
        skipped = List.copyOf(skipped);
    }
}
