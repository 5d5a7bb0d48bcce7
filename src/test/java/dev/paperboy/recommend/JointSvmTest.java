package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One SVM on a paper's words and its sentence vector together reads both kinds of evidence. */
class JointSvmTest {

    private static final int DIMENSION = 32;

    @Test
    void itFindsLikedPapersByTheirMeaningWhenTheyShareNoWordsAndByTheirWordsWhenTheyShareNoMeaning() {
        // GIVEN liked papers that are close in sentence space (direction 0) or share rare words, and unread ones that are neither
        Random random = new Random(21);
        List<Paper> papers = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            boolean meaning = i < 40 || (i >= 80 && i < 85);
            boolean words = (i >= 40 && i < 80) || (i >= 85 && i < 90);
            StringBuilder text = new StringBuilder(words ? "zeolite catalysis adsorption isotherm " : "");
            for (int w = 0; w < 30; w++) {
                text.append("word").append(random.nextInt(8_000)).append(' ');
            }
            papers.add(new Paper("p" + i, "Paper " + i, text.toString(), List.of("X"), List.of(), Instant.EPOCH, 0, 1, "test"));
            vectors.put("p" + i, vector(random, meaning));
        }
        LexicalProfile profile = new LexicalProfile();
        profile.observe(papers);
        List<String> liked = new ArrayList<>();
        for (int i = 0; i < 80; i += 4) {
            liked.add("p" + i);
        }
        List<String> unread = new ArrayList<>();
        for (int i = 90; i < 600; i++) {
            unread.add("p" + i);
        }
        List<float[]> sentences = new ArrayList<>();
        liked.forEach(id -> sentences.add(vectors.get(id)));
        unread.forEach(id -> sentences.add(vectors.get(id)));

        // WHEN one model is trained on both, half and half
        SparseSvm joint = SparseSvm.train(liked.stream().map(profile::vector).toList(), List.of(),
                unread.stream().map(profile::vector).toList(), sentences, 0.5, new Random(1));
        SparseSvm wordsOnly = SparseSvm.train(liked.stream().map(profile::vector).toList(), List.of(),
                unread.stream().map(profile::vector).toList(), new Random(1));

        // THEN its margins, read through the ranking features, find unseen papers of either kind above the unread ones
        List<List<TagScore>> tags = papers.stream().map(p -> List.<TagScore>of()).toList();
        RankingFeatures features = RankingFeatures.of(papers, tags, vectors, profile);
        double threshold = topUnread(features, joint, 500, 600);
        for (int i = 80; i < 90; i++) {
            assertThat(features.margin(i, joint)).as("paper %d", i).isGreaterThan(threshold);
        }
        // while words alone miss the ones that share only meaning
        double wordsThreshold = topUnread(features, wordsOnly, 500, 600);
        long found = java.util.stream.IntStream.range(80, 85).filter(i -> features.margin(i, wordsOnly) > wordsThreshold).count();
        assertThat(found).isLessThan(5);
        // and the margin through the features is the model's margin on its own features
        double dot = 0;
        for (int d = 0; d < DIMENSION; d++) {
            dot += joint.dense()[d] * vectors.get("p3")[d];
        }
        assertThat(features.margin(3, joint)).isCloseTo(joint.margin(profile.vector("p3")) + dot, within(1e-4));
    }

    private static double topUnread(RankingFeatures features, SparseSvm svm, int from, int to) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            best = Math.max(best, features.margin(i, svm));
        }
        return best;
    }

    private static float[] vector(Random random, boolean liked) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = (float) random.nextGaussian() * 0.3f + (liked && d == 0 ? 1.5f : 0f);
            norm += v[d] * v[d];
        }
        for (int d = 0; d < DIMENSION; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
