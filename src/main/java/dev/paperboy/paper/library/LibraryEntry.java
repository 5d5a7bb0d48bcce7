package dev.paperboy.paper.library;

import dev.paperboy.paper.PaperIds;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a reading list, as its file gave it: every field may be empty. {@code arxivId} is versionless;
 * {@code paperId} is an id Paperboy itself showed ({@code pb-…}, or any id a plain list names); {@code line} is
 * where the entry starts in its file, for messages.
 */
public record LibraryEntry(int line, String paperId, String arxivId, String doi, String title, String abstractText,
                           List<String> authors, String year, String url) {

    private static final Pattern DOI = Pattern.compile("(?i)(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)?(10\\.\\d{4,9}/\\S+)");
    private static final Pattern ARXIV_DOI = Pattern.compile("(?i)10\\.48550/arxiv\\.(.+)");

    public LibraryEntry {
        paperId = clean(paperId);
        arxivId = clean(arxivId);
        doi = clean(doi);
        title = clean(title);
        abstractText = clean(abstractText);
        authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        year = clean(year);
        url = clean(url);
    }

    /** An entry from its fields, its arXiv id found in any of {@code arxivHints} (eprint, URL, DOI, a note). */
    public static LibraryEntry of(int line, String title, String abstractText, List<String> authors, String year, String doi,
                                  String url, String... arxivHints) {
        String normalizedDoi = doi(doi).orElse("");
        String arxiv = arxivOf(normalizedDoi, url, arxivHints).orElse("");
        return new LibraryEntry(line, "", arxiv, normalizedDoi, title, abstractText, authors, year, url);
    }

    /** A DOI in lower case without its resolver prefix: {@code https://doi.org/10.1/X} is {@code 10.1/x}. */
    public static Optional<String> doi(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DOI.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** arXiv's own DOIs ({@code 10.48550/arXiv.2506.20639}) name an arXiv paper. */
    static Optional<String> arxivOf(String doi, String url, String... hints) {
        if (doi != null) {
            Matcher m = ARXIV_DOI.matcher(doi);
            if (m.matches()) {
                Optional<PaperIds.ArxivId> id = PaperIds.parseArxiv(m.group(1));
                if (id.isPresent()) {
                    return Optional.of(id.get().id());
                }
            }
        }
        Optional<PaperIds.ArxivId> fromUrl = PaperIds.parseArxiv(url);
        if (fromUrl.isPresent()) {
            return Optional.of(fromUrl.get().id());
        }
        for (String hint : hints) {
            Optional<PaperIds.ArxivId> id = PaperIds.parseArxiv(hint).or(() -> mentionsArxiv(hint) ? PaperIds.findArxiv(hint) : Optional.empty());
            if (id.isPresent()) {
                return Optional.of(id.get().id());
            }
        }
        return Optional.empty();
    }

    /** Free text names an arXiv paper only when it says arXiv ("arXiv preprint arXiv:2506.20639", "arXiv: 2506.20639 [cs]"). */
    private static boolean mentionsArxiv(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("arxiv");
    }

    /** How the entry is named in a report: its title, else its id, else its line. */
    public String label() {
        String name = !title.isEmpty() ? title : !arxivId.isEmpty() ? arxivId : !doi.isEmpty() ? doi : !paperId.isEmpty() ? paperId
                : abstractText.isEmpty() ? "" : abstractText.substring(0, Math.min(60, abstractText.length())) + "…";
        return "line " + line + (name.isEmpty() ? "" : " (" + (name.length() > 80 ? name.substring(0, 79) + "…" : name) + ")");
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
