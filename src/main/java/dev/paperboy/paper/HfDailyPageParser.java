package dev.paperboy.paper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Hugging Face "Daily Papers" page saved as text: header lines (navigation, a date without a year),
 * then for each paper a title line and an abstract paragraph, which may open with the word {@code Abstract}.
 * A title is a short line followed by a long paragraph; anything else is page furniture and is passed over.
 */
public final class HfDailyPageParser {

    private static final int MIN_ABSTRACT = 200;
    private static final int MAX_TITLE = 300;

    public PaperBatch parse(List<String> lines, Instant importedAt) {
        List<String> content = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                content.add(line.strip());
            }
        }
        Map<String, Paper> papers = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i + 1 < content.size(); i++) {
            String title = content.get(i);
            String body = content.get(i + 1);
            if (title.length() > MAX_TITLE || title.length() >= MIN_ABSTRACT || body.length() < MIN_ABSTRACT) {
                if (title.length() >= MIN_ABSTRACT && (i == 0 || content.get(i - 1).length() >= MIN_ABSTRACT)) {
                    skipped.add("paragraph without a title: '" + title.substring(0, 60) + "…'");
                }
                continue;
            }
            String abstractText = body.startsWith("Abstract ") ? body.substring("Abstract ".length()) : body;
            String id = PaperIds.contentDerived(title, abstractText);
            papers.putIfAbsent(id, new Paper(id, title, abstractText, List.of(), List.of(), importedAt, 0, 0, "hf-page"));
            i++;
        }
        return new PaperBatch(PaperFormat.HF_DAILY_PAGE, new ArrayList<>(papers.values()), Map.of(), Optional.empty(), skipped);
    }
}
