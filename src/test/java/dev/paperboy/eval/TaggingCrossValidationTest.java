package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperboy.eval.TaggingCrossValidation.Candidate;
import dev.paperboy.eval.TaggingCrossValidation.Scored;
import dev.paperboy.tag.TagDecision;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Choosing the tagger's settings by their cross-validated F1 on the development half's folds. */
class TaggingCrossValidationTest {

    private static final List<Set<String>> TRUTH = List.of(Set.of("rl"), Set.of("rl"), Set.of("diffusion"), Set.of("diffusion"));

    /** A candidate that got {@code right} of the four papers' tags right and said nothing of the others (F1 = right / 4 · 2 / (1 + right / 4)). */
    private static Scored scored(double prior, boolean ownCut, int right) {
        return scored(prior, ownCut, right, new double[] {0.5, 0.7});
    }

    private static Scored scored(double prior, boolean ownCut, int right, double[] folds) {
        List<Set<String>> predicted = List.of(right > 0 ? Set.of("rl") : Set.of(), right > 1 ? Set.of("rl") : Set.of(),
                right > 2 ? Set.of("diffusion") : Set.of(), right > 3 ? Set.of("diffusion") : Set.of());
        return new Scored(new Candidate(prior, ownCut), TagMetrics.of(predicted, TRUTH), folds, ownCut ? 0.3 : Double.NaN);
    }

    @Test
    void givenCandidates_whenOneBeatsTheShippedSettingInEveryFold_thenItWins() {
        Scored best = scored(10, true, 3, new double[] {0.6, 0.8, 0.7});
        Scored shipped = scored(3, false, 2, new double[] {0.5, 0.7, 0.6});
        Scored chosen = TaggingCrossValidation.choose(List.of(scored(1, false, 2), shipped, best, scored(30, false, 1)),
                new Candidate(3, false));

        assertThat(chosen).isSameAs(best);
    }

    @Test
    void givenABetterPooledFigureWithinTheFoldsNoise_whenChosen_thenTheShippedSettingStays() {
        // Pooled F1 higher, but fold by fold +0.1, -0.1, +0.05: a mean gain of 0.017 with a standard error of 0.06.
        Scored better = scored(1, false, 3, new double[] {0.6, 0.6, 0.65});
        Scored shipped = scored(3, false, 2, new double[] {0.5, 0.7, 0.6});

        assertThat(TaggingCrossValidation.choose(List.of(better, shipped), new Candidate(3, false))).isSameAs(shipped);
    }

    @Test
    void givenATie_whenChosen_thenTheShippedSettingStays_elseTheFirstListed() {
        Scored shipped = scored(3, false, 2);
        assertThat(TaggingCrossValidation.choose(List.of(scored(1, false, 2), shipped, scored(10, false, 1)), new Candidate(3, false)))
                .isSameAs(shipped);

        Scored first = scored(1, false, 2);
        assertThat(TaggingCrossValidation.choose(List.of(first, scored(10, true, 2)), new Candidate(3, false))).isSameAs(first);
    }

    @Test
    void givenFoldFigures_whenTheirSpreadIsAsked_thenItIsTheStandardErrorOfTheirMean() {
        // Folds 0.5 and 0.7: sample deviation 0.1414, over √2 folds.
        assertThat(scored(3, false, 2).standardError()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void givenTwoCandidatesOnTheSameFolds_whenCompared_thenTheirFoldByFoldDifferenceAndItsStandardErrorAreGiven() {
        Scored a = new Scored(new Candidate(1, false), TagMetrics.of(TRUTH, TRUTH), new double[] {0.70, 0.72, 0.68}, Double.NaN);
        Scored b = new Scored(new Candidate(3, false), TagMetrics.of(TRUTH, TRUTH), new double[] {0.69, 0.70, 0.68}, Double.NaN);

        double[] d = TaggingCrossValidation.pairedDifference(a, b);
        assertThat(d[0]).isCloseTo(0.01, within(1e-9));
        assertThat(d[1]).isCloseTo(Math.sqrt(0.0001 / 3), within(1e-9));
    }

    @Test
    void givenCandidates_whenDescribed_thenThePriorAndTheCutAreNamed() {
        assertThat(new Candidate(3, false).describe()).isEqualTo("prior 3 papers, shared cut");
        assertThat(new Candidate(0.5, true).describe()).isEqualTo("prior 0.5 papers, own cut for calibrated tags");
        assertThat(new Candidate(1, false).describe()).isEqualTo("prior 1 paper, shared cut");
        assertThat(new Candidate(3, false, TagDecision.THRESHOLD, true).describe())
                .isEqualTo("prior 3 papers, shared cut, each tag's calibration weighs its example words again");
        assertThat(new Candidate(3, false, new TagDecision(2, 0.5, 0)).describe())
                .isEqualTo("prior 3 papers, shared cut; threshold, else the likeliest at 0.5 of it, at most 2 tags");
    }

    @Test
    void givenTheDecisionRules_whenListed_thenTheShippedOneIsAmongThemAndNoneTwice() {
        assertThat(TaggingCrossValidation.RULES).contains(TagDecision.THRESHOLD).doesNotHaveDuplicates().hasSize(9);
        assertThat(TaggingCrossValidation.JOINT).containsExactly(new TagDecision(2, 0.5, 0), new TagDecision(3, 0.5, 0));
    }

    @Test
    void givenAGainBetweenOneAndTwoStandardErrors_whenFewOrManyCandidatesAreCompared_thenOnlyAmongFewDoesItWin() {
        // Fold by fold +0.02, +0.06, +0.04: a mean gain of 0.04 with a standard error of 0.0115 (3.5 of them), and
        // +0.00, +0.06, +0.03: 0.03 with 0.017 (1.7 of them).
        Scored shipped = scored(3, false, 2, new double[] {0.5, 0.6, 0.7});
        Scored clear = scored(1, false, 3, new double[] {0.52, 0.66, 0.74});
        Scored within = scored(1, false, 3, new double[] {0.50, 0.66, 0.73});
        List<Scored> others = List.of(scored(10, false, 1), scored(30, false, 1), scored(30, true, 1));

        assertThat(TaggingCrossValidation.choose(List.of(shipped, within), new Candidate(3, false))).isSameAs(within);
        assertThat(TaggingCrossValidation.choose(concat(List.of(shipped, within), others), new Candidate(3, false))).isSameAs(shipped);
        assertThat(TaggingCrossValidation.choose(concat(List.of(shipped, clear), others), new Candidate(3, false))).isSameAs(clear);
        assertThat(TaggingCrossValidation.errorsNeeded(4)).isEqualTo(1);
        assertThat(TaggingCrossValidation.errorsNeeded(5)).isEqualTo(2);
    }

    @Test
    void givenACapWithACutFittedUnderIt_whenDescribed_thenItSaysSo() {
        assertThat(new Candidate(3, true, new TagDecision(2, 0.5, 0)).describe())
                .isEqualTo("prior 3 papers, cut fitted under the rule; threshold, else the likeliest at 0.5 of it, at most 2 tags");
    }

    @Test
    void givenTheShippedRule_whenItsCandidateIsAsked_thenItIsTheOneTheFoldsScored() {
        Candidate shipped = TaggingCrossValidation.shipped();

        assertThat(shipped.rule().hasOwnCut()).isFalse();
        assertThat(shipped.ownCut()).isEqualTo(TagDecision.SHIPPED.hasOwnCut());
    }

    private static List<Scored> concat(List<Scored> a, List<Scored> b) {
        List<Scored> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
