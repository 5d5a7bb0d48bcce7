package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Short reasons for a pick, in words a channel member understands. */
final class Explanations {

    private Explanations() {
    }

    static String tagsAndDate(List<TagScore> matched, Paper paper, Instant now) {
        String date = paper.published().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        if (matched.isEmpty()) {
            return "new since " + date + "; the channel follows no tag it has";
        }
        String tags = matched.stream()
                .map(t -> "#" + t.tag() + (TagScore.HUMAN.equals(t.origin()) ? " (curator)" : ""))
                .collect(Collectors.joining(" "));
        return "matches " + tags + "; published " + date;
    }
}
