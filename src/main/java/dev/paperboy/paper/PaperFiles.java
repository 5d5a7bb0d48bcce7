package dev.paperboy.paper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads any paper file Paperboy knows, choosing the parser from the name and the first lines. */
public final class PaperFiles {

    private final JsonPapers jsonPapers;

    public PaperFiles(JsonPapers jsonPapers) {
        this.jsonPapers = jsonPapers;
    }

    public PaperBatch read(Path file, Instant importedAt) throws IOException {
        List<String> lines = readLines(file);
        String name = file.getFileName().toString();
        PaperFormat format = PaperFormat.detect(name, lines.subList(0, Math.min(lines.size(), 400)));
        return parse(format, lines, importedAt, "file:" + name);
    }

    public PaperBatch parse(PaperFormat format, List<String> lines, Instant importedAt, String source) {
        return switch (format) {
            case READING_LIST -> new ReadingListParser().parse(lines, importedAt);
            case CURATED_DIGEST -> new CuratedDigestParser().parse(lines, importedAt);
            case HF_DAILY_PAGE -> new HfDailyPageParser().parse(lines, importedAt);
            case JSON_LINES -> jsonPapers.parse(lines, importedAt, source);
            case ARXIV_ATOM -> new ArxivAtomParser().parse(String.join("\n", lines), source).batch();
            case HF_DAILY_JSON -> new HfDailyJsonParser(jsonPapers.mapper()).parse(String.join("\n", lines), importedAt, source);
        };
    }

    /** All lines of a text file, gunzipped when it ends in {@code .gz}. */
    public static List<String> readLines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** The files to read for these paths: a folder gives every file in it (its README aside), in name order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var listing = Files.list(p)) {
                    listing.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
