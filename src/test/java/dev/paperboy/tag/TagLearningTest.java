package dev.paperboy.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.Paper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Learning from curators' tagged papers: the words of a tag's examples, a tag's own calibration, one tag at least. */
class TagLearningTest {

    private static TagVocabulary vocabulary;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("config/tags.yaml"))) {
            vocabulary = TagVocabulary.read(in, "config/tags.yaml");
        }
    }

    private static Paper paper(String id, String title, String abstractText) {
        return new Paper(id, title, abstractText, List.of(), List.of(), Instant.EPOCH, 0, 0, "test");
    }

    /** Forty papers a curator tagged: the medical ones speak of cohorts and clinicians, never of the tag's keywords. */
    private static Map<String, Paper> curatedPapers(Map<String, List<String>> curated) {
        Map<String, Paper> papers = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            boolean clinical = i % 4 == 0;
            String id = "c" + i;
            papers.put(id, clinical
                    ? paper(id, "Outcomes of a cohort study " + i, "We follow a cohort of patients with clinicians in intensive care wards and predict outcomes of the cohort.")
                    : paper(id, "Policy learning " + i, "We train an agent with reinforcement learning from rewards in simulated environments " + i + "."));
            curated.computeIfAbsent(clinical ? "medical" : "rl", k -> new ArrayList<>()).add(id);
        }
        return papers;
    }

    @Test
    void givenCuratorsTaggedEnoughPapers_whenAPaperUsesTheirWordsButNoKeyword_thenTheTagIsMoreLikelyThanBefore() {
        Map<String, List<String>> curated = new HashMap<>();
        Map<String, Paper> papers = curatedPapers(curated);
        EmbeddingService embeddings = EmbeddingService.inMemory(new WordHashEmbedder(), Map.of());
        Map<String, String> texts = new HashMap<>();
        papers.forEach((id, p) -> texts.put(id, p.text()));
        embeddings.vectors(texts);
        TaggerWeights weights = new TaggerWeights(new double[] {0.8, 0.3, 0.8, 1.0, -0.7, 0.5, -0.9, 0.5, 0.5, 0.5}, -4.4);
        HybridTagger untaught = new HybridTagger(vocabulary, vocabulary, embeddings, Map::of, weights, 1e-9);
        HybridTagger taught = new HybridTagger(vocabulary, vocabulary, embeddings, () -> curated,
                (Collection<String> ids) -> ids.stream().map(papers::get).toList(), weights, 1e-9);

        Paper fresh = paper("new", "Predicting outcomes for a cohort", "Clinicians and patients of a cohort in intensive care wards.");
        double before = untaught.tag(fresh).stream().filter(t -> t.tag().equals("medical")).findFirst().orElseThrow().confidence();
        double after = taught.tag(fresh).stream().filter(t -> t.tag().equals("medical")).findFirst().orElseThrow().confidence();
        assertThat(after).isGreaterThan(before + 0.05);
    }

    @Test
    void givenTooFewTaggedPapers_whenWordsAreLearned_thenNoTagHasAModel() {
        List<Paper> few = List.of(paper("a", "Cohort", "cohort patients"), paper("b", "Agents", "agent rewards"));
        ExampleWords words = ExampleWords.fit(few, List.of(Set.of("medical"), Set.of("rl")), List.of("medical", "rl"));
        assertThat(words.has(0)).isFalse();
        assertThat(words.logits(few.get(0), 2)).containsExactly(0, 0);
    }

    @Test
    void givenATagTheSharedModelOverrates_whenCalibrated_thenItsLogOddsComeDown_andWithoutEvidenceTheyStay() {
        double[] z = new double[60];
        boolean[] y = new boolean[60];
        for (int i = 0; i < z.length; i++) {
            z[i] = i % 2 == 0 ? 1.0 : 0.5;
            y[i] = i % 10 == 0;
        }
        double[] ab = TagLearning.calibrate(z, y);
        assertThat(ab[0] * 1.0 + ab[1]).isLessThan(0);
        assertThat(TagLearning.calibrate(new double[0], new boolean[0])).containsExactly(1.0, 0.0);
    }

    @Test
    void givenTheSameExamples_whenThePriorIsWorthMorePapers_thenTheTagMovesLessFromTheSharedCalibration() {
        double[] z = new double[40];
        boolean[] y = new boolean[40];
        for (int i = 0; i < z.length; i++) {
            z[i] = i % 2 == 0 ? 1.0 : -1.0;
            y[i] = i % 8 == 0;
        }
        double previous = Double.POSITIVE_INFINITY;
        for (double prior : new double[] {1, 3, 10, 30}) {
            double[] ab = PlattScaling.fit(z, y, 1, 0, prior);
            double moved = Math.hypot(ab[0] - 1, ab[1]);
            assertThat(moved).as("prior %s", prior).isLessThan(previous);
            previous = moved;
        }
    }

    @Test
    void givenLabelsThatFollowTheWordsNotTheSharedLogOdds_whenCalibratedOnBoth_thenTheWordsGainWeight_andTheTwoScoreFitIsTheSpecialCase() {
        double[][] x = new double[80][];
        boolean[] y = new boolean[80];
        double[] z = new double[80];
        for (int i = 0; i < x.length; i++) {
            double words = i % 4 == 0 ? 2 : -2;
            z[i] = i % 3 == 0 ? 1 : -1;
            x[i] = new double[] {z[i], words, 1};
            y[i] = i % 4 == 0 && i % 8 != 4;
        }
        double[] w = PlattScaling.fit(x, y, new double[] {1, 0, 0}, 3);
        assertThat(w[1]).isGreaterThan(0.5);
        assertThat(Math.abs(w[0])).isLessThan(1);

        double[][] two = new double[80][];
        for (int i = 0; i < two.length; i++) {
            two[i] = new double[] {z[i], 1};
        }
        assertThat(PlattScaling.fit(two, y, new double[] {1, 0}, 3)).containsExactly(PlattScaling.fit(z, y, 1, 0, 3));
        assertThat(PlattScaling.fit(new double[0][], new boolean[0], new double[] {1, 0, 0}, 3)).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void givenATagMovedOnlyByItsWordsWeighedAgain_thenItCountsAsCalibrated_andTellsApartFromOneThatIsNot() {
        LearnedTags words = new LearnedTags(ExampleWords.NONE, new double[] {1, 1}, new double[] {0, 0}, new double[] {0.5, 0});
        LearnedTags none = new LearnedTags(ExampleWords.NONE, new double[] {1, 1}, new double[] {0, 0});
        assertThat(words.calibratedTags()).isEqualTo(1);
        assertThat(none.calibratedTags()).isZero();
        assertThat(words).isNotEqualTo(none);
        assertThat(words.adjust(0, 1.0, 2.0)).isEqualTo(2.0);
    }
}
