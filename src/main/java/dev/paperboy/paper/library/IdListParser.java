package dev.paperboy.paper.library;

import dev.paperboy.paper.PaperIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plainest reading list: one paper a line, as an arXiv id (any version, old style too), an arXiv URL, a DOI
 * (or doi.org URL), or an id Paperboy showed ({@code pb-…}). Blank lines and {@code #} comments are skipped;
 * the same text serves {@code /papers seed} with many ids on one line.
 */
final class IdListParser {

    private static final Pattern PAPER_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*-[A-Za-z0-9_.-]+");

    List<LibraryEntry> parse(String file, List<String> lines) throws LibraryException {
        List<LibraryEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Optional<LibraryEntry> entry = entry(i + 1, line);
            if (entry.isEmpty()) {
                throw LibraryException.at(file, i + 1, "\"" + RisParser.clip(line)
                        + "\" is not an arXiv id, arXiv URL, DOI or paper id", out.size());
            }
            out.add(entry.get());
        }
        return out;
    }

    /** One reference as a user types it; empty when it names no paper. */
    static Optional<LibraryEntry> entry(int line, String text) {
        String t = text.strip();
        Optional<PaperIds.ArxivId> arxiv = PaperIds.parseArxiv(t);
        if (arxiv.isPresent()) {
            return Optional.of(new LibraryEntry(line, "", arxiv.get().id(), "", "", "", List.of(), "", t));
        }
        Optional<String> doi = LibraryEntry.doi(t);
        if (doi.isPresent()) {
            return Optional.of(LibraryEntry.of(line, "", "", List.of(), "", doi.get(), ""));
        }
        if (PaperIds.isContentDerived(t) || PAPER_ID.matcher(t).matches()) {
            return Optional.of(new LibraryEntry(line, t, "", "", "", "", List.of(), "", ""));
        }
        return Optional.empty();
    }
}
