package dev.paperboy.search;

import dev.paperboy.paper.PaperIds;
import java.time.Instant;
import java.util.List;

/** One paper in a result list, with what a reply shows of it. */
public record SearchHit(String id, String title, List<String> authors, Instant published, List<String> tags, double score) {

    public SearchHit {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /** The abstract page, or empty when the paper has no arXiv id. */
    public String url() {
        return PaperIds.isArxiv(id) ? "https://arxiv.org/abs/" + id : "";
    }
}
