package dev.paperboy.paper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a reading list: the first line is the reader's name, then one {@code Abstract:<text>} line per paper,
 * blank lines anywhere. The papers have no title or id, so each gets a content-derived id; the same abstract
 * listed twice (or in another snapshot of the list) is the same paper.
 */
public final class ReadingListParser {

    private static final String PREFIX = "Abstract:";

    public PaperBatch parse(List<String> lines, Instant importedAt) {
        Optional<String> reader = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .filter(l -> !l.startsWith(PREFIX));
        Map<String, Paper> papers = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String text = line.substring(PREFIX.length()).strip();
            if (text.isEmpty()) {
                skipped.add("line " + (i + 1) + ": empty abstract");
                continue;
            }
            String id = PaperIds.contentDerived(null, text);
            papers.putIfAbsent(id, new Paper(id, "", text, List.of(), List.of(), importedAt, 0, 0, "reading-list"));
        }
        return new PaperBatch(PaperFormat.READING_LIST, new ArrayList<>(papers.values()), Map.of(), reader, skipped);
    }
}
