package dev.paperboy.paper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a curated digest: an optional date line ({@code 2025년 7월 4일} or {@code 2025-07-04}), then blocks of
 * title, {@code (authors)}, abstract, any number of comment lines, and a closing {@code #tag #tag} line. The
 * hashtags are a human curator's tags for that paper.
 */
public final class CuratedDigestParser {

    private static final Pattern KOREAN_DATE = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public PaperBatch parse(List<String> lines, Instant importedAt) {
        List<String> content = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                content.add(line.strip());
            }
        }
        Instant published = importedAt;
        if (!content.isEmpty()) {
            Optional<Instant> date = parseDate(content.get(0));
            if (date.isPresent()) {
                published = date.get();
                content.remove(0);
            }
        }
        Map<String, Paper> papers = new LinkedHashMap<>();
        Map<String, List<String>> tags = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : content) {
            if (!PaperFormat.isHashtagLine(line)) {
                block.add(line);
                continue;
            }
            List<String> blockTags = Arrays.stream(line.split("\\s+"))
                    .map(t -> t.substring(1).toLowerCase(Locale.ROOT)).distinct().toList();
            Optional<Paper> paper = toPaper(block, published);
            if (paper.isPresent()) {
                papers.putIfAbsent(paper.get().id(), paper.get());
                tags.merge(paper.get().id(), blockTags, (a, b) -> union(a, b));
            } else {
                skipped.add("block before '" + line + "': expected title, (authors) and abstract");
            }
            block = new ArrayList<>();
        }
        if (!block.isEmpty()) {
            skipped.add("trailing block without a #tag line: '" + block.get(0) + "'");
        }
        return new PaperBatch(PaperFormat.CURATED_DIGEST, new ArrayList<>(papers.values()), tags, Optional.empty(), skipped);
    }

    private static Optional<Paper> toPaper(List<String> block, Instant published) {
        if (block.size() < 2) {
            return Optional.empty();
        }
        String title = block.get(0);
        int next = 1;
        List<String> authors = List.of();
        String second = block.get(1);
        if (second.startsWith("(") && second.endsWith(")")) {
            authors = Arrays.stream(second.substring(1, second.length() - 1).split(","))
                    .map(String::strip).filter(a -> !a.isEmpty()).toList();
            next = 2;
        }
        if (next >= block.size()) {
            return Optional.empty();
        }
        String abstractText = block.get(next);
        // The curator's comments may cite the paper's own arXiv link; the abstract never does, so only the
        // title and abstract decide the id.
        String id = PaperIds.contentDerived(title, abstractText);
        return Optional.of(new Paper(id, title, abstractText, authors, List.of(), published, 0, 0, "curated"));
    }

    static Optional<Instant> parseDate(String line) {
        Matcher korean = KOREAN_DATE.matcher(line);
        if (korean.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(korean.group(1)), Integer.parseInt(korean.group(2)),
                    Integer.parseInt(korean.group(3))).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        Matcher iso = ISO_DATE.matcher(line);
        if (iso.matches()) {
            try {
                return Optional.of(LocalDate.parse(line).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return all;
    }
}
