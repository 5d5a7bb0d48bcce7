package dev.paperboy.paper;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One paper. {@code id} is the versionless arXiv id when there is one (e.g. {@code 2506.20639}), else a stable
 * content-derived id (see {@link PaperIds}); {@code version} is the latest arXiv version seen (0 when unknown).
 */
public record Paper(
        String id,
        String title,
        String abstractText,
        List<String> authors,
        List<String> categories,
        Instant published,
        int upvotes,
        int version,
        String source) {

    public Paper {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title.strip();
        abstractText = abstractText == null ? "" : abstractText.strip();
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        Objects.requireNonNull(published, "published");
        source = source == null ? "" : source;
    }

    /** True when the id is an arXiv id, so links to arxiv.org work. */
    public boolean isArxiv() {
        return PaperIds.isArxiv(id);
    }

    /** The abstract page, or empty when the paper has no arXiv id. */
    public String absUrl() {
        return isArxiv() ? "https://arxiv.org/abs/" + id : "";
    }

    /** The PDF, or empty when the paper has no arXiv id. */
    public String pdfUrl() {
        return isArxiv() ? "https://arxiv.org/pdf/" + id : "";
    }

    /** Title, or the start of the abstract when a reading list gave no title. */
    public String displayTitle() {
        if (!title.isBlank()) {
            return title;
        }
        String text = abstractText.length() > 90 ? abstractText.substring(0, 87).strip() + "…" : abstractText;
        return text.isBlank() ? id : text;
    }

    /** What models read of a paper: the title, then the abstract. */
    public String text() {
        return title.isBlank() ? abstractText : title + ". " + abstractText;
    }

    public Paper withVersion(int newVersion) {
        return new Paper(id, title, abstractText, authors, categories, published, upvotes, newVersion, source);
    }
}
