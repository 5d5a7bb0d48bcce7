package dev.paperboy.paper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one file or feed delivered: its papers, any tags a human curator gave them (paper id to tag names), the
 * reader's name when the file is a personal reading list, the entries that were skipped, each with why, and
 * what a source says beyond the paper record (paper id to {@link PaperExtras}).
 */
public record PaperBatch(
        PaperFormat format,
        List<Paper> papers,
        Map<String, List<String>> curatorTags,
        Optional<String> reader,
        List<String> skipped,
        Map<String, PaperExtras> extras) {

    public PaperBatch {
        papers = List.copyOf(papers);
        curatorTags = Map.copyOf(curatorTags);
        skipped = List.copyOf(skipped);
        extras = Map.copyOf(extras);
    }

    /** A batch without source extras, as the file parsers deliver. */
    public PaperBatch(PaperFormat format, List<Paper> papers, Map<String, List<String>> curatorTags, Optional<String> reader,
            List<String> skipped) {
        this(format, papers, curatorTags, reader, skipped, Map.of());
    }
}
