package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A channel with a year of feedback (five votes a day) trains its taste in under a second of processor time
 * against a full candidate pool (5,000 papers): the bot retrains after every burst of reactions.
 */
class TrainingTimeTest {

    private static final int CANDIDATES = 5_000;
    private static final int VOTES = 5 * 365;

    @Test
    void aYearOfFeedbackTrainsInUnderASecond() {
        Random random = new Random(17);
        List<Paper> candidates = new ArrayList<>();
        Map<String, Paper> byId = new HashMap<>();
        Map<String, float[]> vectors = new HashMap<>();
        Map<String, List<TagScore>> tags = new HashMap<>();
        List<Paper> voted = new ArrayList<>();
        for (int i = 0; i < CANDIDATES + VOTES; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 150; w++) {
                text.append("word").append(random.nextInt(30_000)).append(' ');
            }
            Paper p = new Paper("p" + i, "Paper " + i, text.toString(), List.of("X"), List.of(), Instant.EPOCH, 0, 1, "test");
            byId.put(p.id(), p);
            vectors.put(p.id(), unit(random));
            tags.put(p.id(), List.of(new TagScore("t" + random.nextInt(60), random.nextDouble(), TagScore.MACHINE)));
            (i < CANDIDATES ? candidates : voted).add(p);
        }
        LexicalProfile lexical = new LexicalProfile();
        lexical.observe(candidates);
        lexical.observe(voted);
        List<String> positives = voted.stream().filter(p -> random.nextInt(4) == 0).map(Paper::id).toList();
        List<String> negatives = voted.stream().map(Paper::id).filter(id -> !positives.contains(id)).toList();
        TasteModel.train(positives, negatives, candidates, byId, tags, vectors, lexical, RankingWeights.defaults(), new Random(1)); // warm up

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        TasteModel model = TasteModel.train(positives, negatives, candidates, byId, tags, vectors, lexical, RankingWeights.defaults(),
                new Random(2));
        double seconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;

        assertThat(model).isNotNull();
        assertThat(seconds).as("processor seconds to train on %d votes against %d candidates", VOTES, CANDIDATES).isLessThan(1.0);
    }

    private static float[] unit(Random random) {
        float[] v = new float[384];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
