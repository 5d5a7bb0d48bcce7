package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** tags-only: more and surer matching tags first, then the newest, then by id; only the best few come back. */
class TagRecencyRankerTest {

    private static final Instant NOW = Instant.parse("2025-07-10T09:00:00Z");

    @Test
    void theBestFewAreThoseAFullSortWouldPutFirst() {
        Random random = new Random(9);
        List<Paper> papers = new ArrayList<>();
        Map<String, List<TagScore>> tags = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            String id = String.format("2507.%05d", i);
            // Few distinct dates and confidences, so ties on score and date are common.
            papers.add(new Paper(id, "T", "A.", List.of("X"), List.of("cs.LG"), NOW.minusSeconds(86_400L * random.nextInt(4)), 0, 1, "test"));
            List<TagScore> t = new ArrayList<>();
            if (random.nextBoolean()) {
                t.add(new TagScore("rl", random.nextInt(3) / 2.0, TagScore.MACHINE));
            }
            if (random.nextBoolean()) {
                t.add(new TagScore("nlp", 0.5, TagScore.MACHINE));
            }
            t.add(new TagScore("other", 0.9, TagScore.MACHINE));
            tags.put(id, t);
        }
        for (int size : List.of(0, 1, 7, 600)) {
            List<Pick> picks = new TagRecencyRanker().rank(new RankRequest(1, Set.of("rl", "nlp"), papers, tags, Map.of(), Set.of(), size, NOW));
            List<String> expected = papers.stream()
                    .sorted(Comparator.comparingDouble((Paper p) -> -score(tags.get(p.id())))
                            .thenComparing(Paper::published, Comparator.reverseOrder()).thenComparing(Paper::id))
                    .limit(size).map(Paper::id).toList();
            assertThat(picks).extracting(p -> p.paper().id()).containsExactlyElementsOf(expected);
        }
    }

    private static double score(List<TagScore> tags) {
        return Math.round(tags.stream().filter(t -> !t.tag().equals("other")).mapToDouble(TagScore::confidence).sum() * 1000) / 1000.0;
    }
}
