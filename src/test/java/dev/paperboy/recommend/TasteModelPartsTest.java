package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast paths ranking takes agree with the plain definitions they replace. */
class TasteModelPartsTest {

    @Test
    void theLogitWithoutFeaturesEqualsTheLogitOfTheFeatures() {
        Random random = new Random(3);
        List<LogisticRegression.Example> examples = new ArrayList<>();
        List<Object[]> papers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            float[] embedding = new float[384];
            for (int d = 0; d < embedding.length; d++) {
                embedding[d] = (float) random.nextGaussian() / 20;
            }
            // Repeated categories and two tags in one bucket on purpose: the features count each bucket once.
            List<String> categories = List.of("cs.LG", i % 2 == 0 ? "cs.CL" : "cs.LG", "stat.ML");
            List<TagScore> tags = List.of(new TagScore("rl", random.nextDouble(), TagScore.MACHINE),
                    new TagScore("rl", random.nextDouble(), TagScore.HUMAN), new TagScore("nlp", 0.4, TagScore.MACHINE));
            Paper p = new Paper("p" + i, "T", "A.", List.of("X"), categories, Instant.EPOCH, 0, 1, "test");
            papers.add(new Object[] {embedding, p, tags});
            examples.add(new LogisticRegression.Example(embedding, PaperFeatures.indicators(p, tags), i % 3 == 0 ? 1 : 0, 1.0));
        }
        LogisticRegression model = LogisticRegression.train(examples, PaperFeatures.dimension(384), 1e-3, 50);
        List<Paper> list = new ArrayList<>();
        List<List<TagScore>> tagLists = new ArrayList<>();
        java.util.Map<String, float[]> vectors = new java.util.HashMap<>();
        for (Object[] o : papers) {
            Paper p = (Paper) o[1];
            list.add(p);
            @SuppressWarnings("unchecked")
            List<TagScore> tags = (List<TagScore>) o[2];
            tagLists.add(tags);
            vectors.put(p.id(), (float[]) o[0]);
        }
        RankingFeatures features = RankingFeatures.of(list, tagLists, vectors, new LexicalProfile());
        // A view in another order reads the same rows.
        int[] reversed = new int[list.size()];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = reversed.length - 1 - i;
        }
        RankingFeatures view = features.select(reversed);
        for (int i = 0; i < list.size(); i++) {
            double expected = model.logit(PaperFeatures.of(vectors.get(list.get(i).id()), list.get(i), tagLists.get(i)));
            assertThat(model.logit(features, i)).isCloseTo(expected, within(1e-4));
            assertThat(model.logit(view, reversed.length - 1 - i)).isCloseTo(expected, within(1e-4));
        }
    }

    @Test
    void theSvmKeepsItsHeaviestWeightsAndStillSeparatesTheWords() {
        LexicalProfile profile = new LexicalProfile();
        Random random = new Random(5);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder(i < 20 ? "reinforcement learning policy gradient reward " : "");
            for (int w = 0; w < 60; w++) {
                text.append("word").append(random.nextInt(20_000)).append(' ');
            }
            papers.add(new Paper("p" + i, "Paper " + i, text.toString(), List.of("X"), List.of("cs.LG"), Instant.EPOCH, 0, 1, "test"));
        }
        profile.observe(papers);
        List<LexicalProfile.Vector> positives = papers.subList(0, 15).stream().map(p -> profile.vector(p.id())).toList();
        List<LexicalProfile.Vector> negatives = papers.subList(20, 400).stream().map(p -> profile.vector(p.id())).toList();
        SparseSvm svm = SparseSvm.train(positives, negatives, new Random(1));
        assertThat(svm.size()).isEqualTo(SparseSvm.MAX_TERMS);
        // Unseen papers about the liked topic score above unseen papers of other words.
        for (int i = 15; i < 20; i++) {
            double liked = svm.margin(profile.vector("p" + i));
            assertThat(liked).isGreaterThan(svm.margin(profile.vector("p" + (200 + i))));
        }
    }

    @Test
    void selectionFindsTheKthLargestAsSortingWould() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextGaussian(); // ties too
            }
            int k = 1 + random.nextInt(n);
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            assertThat(SparseSvm.largest(values.clone(), k)).isEqualTo(sorted[n - k]);
        }
    }

    @Test
    void theWordProfileForgetsPapersThatLeftThePoolButNotOnesJustRead() {
        LexicalProfile profile = new LexicalProfile();
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String words = i % 2 == 0 ? "message passing on molecular graphs" : "contrastive pretraining of speech encoders";
            papers.add(new Paper("p" + i, "Graph neural networks " + i, words + " and citation graphs.",
                    List.of("X"), List.of("cs.LG"), Instant.EPOCH, 0, 1, "test"));
        }
        profile.observe(papers);
        profile.retain(java.util.Set.of()); // all just read: kept
        assertThat(profile.documents()).isEqualTo(6);
        profile.retain(java.util.Set.of("p0", "p1", "p2"));
        assertThat(profile.documents()).isEqualTo(3);
        assertThat(profile.vector("p0").terms()).isNotEmpty();
        assertThat(profile.vector("p5").terms()).isEmpty();
        profile.observe(papers.subList(5, 6));
        assertThat(profile.vector("p5").terms()).isNotEmpty();
    }
}
