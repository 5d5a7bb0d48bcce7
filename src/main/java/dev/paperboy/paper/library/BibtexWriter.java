package dev.paperboy.paper.library;

import dev.paperboy.paper.Paper;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes papers as BibTeX that BibTeX, biber and JBibTeX all read: one {@code @misc} (arXiv papers, with
 * {@code eprint}/{@code archivePrefix}) or {@code @article} per paper, keys unique within the file
 * ({@code vaswani2017attention}, then {@code …b}, {@code …c}), TeX's special characters escaped, non-ASCII letters
 * kept as UTF-8. What it writes reads back through {@link Libraries} to the same papers.
 */
public final class BibtexWriter {

    public String write(List<Paper> papers) {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (Paper p : papers) {
            String key = unique(key(p), keys);
            out.append(p.isArxiv() ? "@misc{" : "@article{").append(key).append(",\n");
            field(out, "title", "{" + escape(p.title()) + "}");
            if (!p.authors().isEmpty()) {
                field(out, "author", String.join(" and ", p.authors().stream().map(BibtexWriter::author).toList()));
            }
            field(out, "year", Integer.toString(p.published().atZone(ZoneOffset.UTC).getYear()));
            if (p.isArxiv()) {
                field(out, "eprint", p.id());
                field(out, "archivePrefix", "arXiv");
                if (!p.categories().isEmpty()) {
                    field(out, "primaryClass", escape(p.categories().get(0)));
                }
                field(out, "url", p.absUrl());
            }
            if (!p.abstractText().isEmpty()) {
                field(out, "abstract", escape(p.abstractText()));
            }
            out.setLength(out.length() - 2);
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** A name BibTeX will not split: one with " and " or a comma inside is braced whole. */
    private static String author(String name) {
        String escaped = escape(name);
        return name.contains(",") || name.toLowerCase(Locale.ROOT).contains(" and ") ? "{" + escaped + "}" : escaped;
    }

    /** TeX's ten special characters, so any title or abstract stays one balanced, literal value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String key(Paper p) {
        String last = p.authors().isEmpty() ? "paper" : lastName(p.authors().get(0));
        String word = java.util.Arrays.stream(ascii(p.title()).split(" ")).filter(w -> w.length() > 3).findFirst().orElse("");
        String key = ascii(last).replace(" ", "") + p.published().atZone(ZoneOffset.UTC).getYear() + word;
        return key.isEmpty() ? "paper" : key;
    }

    private static String lastName(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1];
    }

    /** Letters and digits only, accents dropped: BibTeX keys are safest in ASCII. */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static String unique(String key, Set<String> taken) {
        String k = key;
        for (char suffix = 'b'; !taken.add(k); suffix++) {
            k = suffix <= 'z' ? key + suffix : key + taken.size();
        }
        return k;
    }
}
