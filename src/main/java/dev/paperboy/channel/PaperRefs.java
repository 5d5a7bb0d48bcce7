package dev.paperboy.channel;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperIds;
import dev.paperboy.paper.PaperStore;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a member typed to name a paper, resolved to one Paperboy knows. Any id shown under a paper works, whatever
 * source it came from ({@code citeulike-1}, an OpenReview id, a DOI, {@code pb-…}), and so do arXiv ids and
 * arxiv.org URLs with or without a version, and a DOI as a doi.org link.
 */
final class PaperRefs {

    private static final Pattern DOI_LINK = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:)");

    private final PaperStore papers;

    PaperRefs(PaperStore papers) {
        this.papers = papers;
    }

    /** The paper the text names, when Paperboy has read it. */
    Optional<Paper> find(String typed) {
        String s = strip(typed);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Paper> exact = papers.find(s);
        if (exact.isPresent()) {
            return exact;
        }
        return arxivId(s).filter(id -> !id.equals(s)).flatMap(papers::find);
    }

    /** The versionless arXiv id the text names, when it names one (known or not). */
    static Optional<String> arxivId(String typed) {
        return PaperIds.parseArxiv(strip(typed)).map(PaperIds.ArxivId::id);
    }

    /** The answer to a reference to no paper Paperboy has read, naming it. */
    static String unknown(String typed) {
        String shown = "`" + Echo.clip(typed.strip()) + "`";
        return arxivId(typed).isPresent()
                ? "I haven't read " + shown + " yet: it is an arXiv id, but not among my papers."
                : "I don't know a paper " + shown + ". Use the id shown under a paper (`/papers search` shows ids too),"
                + " an arXiv id such as 2506.20639, or an arXiv URL.";
    }

    private static String strip(String typed) {
        String s = typed == null ? "" : typed.strip();
        // Chat clients wrap pasted links and code: <https://…>, `id`.
        if (s.length() > 1 && (s.startsWith("<") && s.endsWith(">") || s.startsWith("`") && s.endsWith("`"))) {
            s = s.substring(1, s.length() - 1).strip();
            int label = s.indexOf('|');
            s = label >= 0 ? s.substring(0, label) : s;
        }
        return DOI_LINK.matcher(s).replaceFirst("");
    }
}
