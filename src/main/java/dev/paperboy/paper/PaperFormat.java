package dev.paperboy.paper;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The file formats Paperboy reads, and how to tell them apart from a name and the first lines. */
public enum PaperFormat {
    /** A person's name, then one {@code Abstract:<text>} line per paper (the "Richard" seeds). */
    READING_LIST,
    /** A dated curated digest: title, (authors), abstract, comments, then a {@code #tag} line per block. */
    CURATED_DIGEST,
    /** The Hugging Face "Daily Papers" page as text: header, then title, blank line, abstract. */
    HF_DAILY_PAGE,
    /** One JSON object per line with the console protocol's paper fields; {@code .gz} read transparently. */
    JSON_LINES,
    /** arXiv's Atom: an API response or an announce feed, as fetched or saved to a file. */
    ARXIV_ATOM,
    /** A Hugging Face {@code /api/daily_papers} response: a JSON list of entries. */
    HF_DAILY_JSON;

    private static final Pattern HASHTAG_LINE = Pattern.compile("^#[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*(\\s+#[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)*\\s*$");

    /** Chooses a format from the file name and its first lines (at most a few hundred are enough). */
    public static PaperFormat detect(String fileName, List<String> firstLines) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String first = firstLines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (first.startsWith("<") || name.endsWith(".xml") || name.endsWith(".atom")) {
            return ARXIV_ATOM;
        }
        if (first.startsWith("[")) {
            return HF_DAILY_JSON;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".json") || name.endsWith(".json.gz")
                || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (first.startsWith("{")) {
            return JSON_LINES;
        }
        if (firstLines.stream().anyMatch(l -> l.startsWith("Abstract:"))) {
            return READING_LIST;
        }
        if (firstLines.stream().anyMatch(l -> HASHTAG_LINE.matcher(l.strip()).matches())) {
            return CURATED_DIGEST;
        }
        return HF_DAILY_PAGE;
    }

    static boolean isHashtagLine(String line) {
        return HASHTAG_LINE.matcher(line.strip()).matches();
    }
}
