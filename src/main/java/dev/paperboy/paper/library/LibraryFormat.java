package dev.paperboy.paper.library;

import java.util.List;
import java.util.Locale;

/** The reading-list formats Paperboy takes in, and how to tell them apart by name and first lines. */
public enum LibraryFormat {
    BIBTEX, RIS, ZOTERO_CSV, ID_LIST;

    /** From the file name's ending first, else from the first non-blank line. */
    public static LibraryFormat detect(String fileName, List<String> lines) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return BIBTEX;
        }
        if (name.endsWith(".ris")) {
            return RIS;
        }
        if (name.endsWith(".csv")) {
            return ZOTERO_CSV;
        }
        String first = lines.stream().map(l -> l.replace("\uFEFF", "").strip()).filter(l -> !l.isEmpty() && !l.startsWith("%"))
                .findFirst().orElse("");
        if (first.startsWith("@")) {
            return BIBTEX;
        }
        if (first.startsWith("TY  -")) {
            return RIS;
        }
        if (first.contains("\"Title\"") || first.startsWith("\"Key\",") || first.startsWith("Key,")) {
            return ZOTERO_CSV;
        }
        return ID_LIST;
    }

    /** What a person calls it. */
    public String label() {
        return switch (this) {
            case BIBTEX -> "BibTeX";
            case RIS -> "RIS";
            case ZOTERO_CSV -> "CSV";
            case ID_LIST -> "list of ids";
        };
    }
}
