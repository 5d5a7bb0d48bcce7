package dev.paperboy.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cut fitted together with a decision rule: the best micro F1 of the tags the rule would give. */
class DecisionCutTest {

    @Test
    void givenACap_whenTheCutIsFittedWithIt_thenItMovesDownAndTakesBackRightSecondTags() {
        // Two papers with one right tag and three wrong ones close behind; three with two right tags, the second weak.
        double[][] p = {{0.9, 0.5, 0.45, 0.4}, {0.9, 0.5, 0.45, 0.4}, {0.9, 0.28, 0, 0}, {0.9, 0.28, 0, 0}, {0.9, 0.28, 0, 0}};
        boolean[][] truth = {{true, false, false, false}, {true, false, false, false}, {true, true, false, false},
                {true, true, false, false}, {true, true, false, false}};
        boolean[] judged = {true, true, true, true};

        // Alone, a cut low enough for the weak right tags lets in all six wrong ones: the best keeps the first tags only.
        TaggerCalibration.Cut alone = DecisionCut.best(new TagDecision(0, 1, 0), p, truth, judged);
        assertThat(alone.threshold()).isCloseTo(0.7, within(1e-12));
        assertThat(alone.f1()).isCloseTo(10.0 / 13, within(1e-12));

        // At most 2 tags: only two wrong ones can get in, so the cut falls to the weak right tags.
        TaggerCalibration.Cut capped = DecisionCut.best(new TagDecision(2, 1, 0), p, truth, judged);
        assertThat(capped.threshold()).isCloseTo(0.28, within(1e-12));
        assertThat(capped.f1()).isCloseTo(16.0 / 18, within(1e-12));
    }

    @Test
    void givenTheThresholdAlone_whenFitted_thenItIsTheSharedCutOfTheJudgedPairs() {
        Random random = new Random(11);
        double[][] p = probabilities(random, 40, 6);
        boolean[][] truth = truth(random, p);
        boolean[] judged = {true, true, true, true, true, false};
        List<Double> scores = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int r = 0; r < p.length; r++) {
            for (int t = 0; t < 5; t++) {
                scores.add(p[r][t]);
                labels.add(truth[r][t]);
            }
        }
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        TaggerCalibration.Cut shared = TaggerCalibration.bestCut(scores.stream().mapToDouble(Double::doubleValue).toArray(), y);

        TaggerCalibration.Cut fitted = DecisionCut.best(new TagDecision(0, 1, 0), p, truth, judged);
        assertThat(fitted.threshold()).isCloseTo(shared.threshold(), within(1e-12));
        assertThat(fitted.f1()).isCloseTo(shared.f1(), within(1e-12));
    }

    @Test
    void givenAnyRule_whenFitted_thenItsF1IsWhatTheRuleGivesAtTheCutAndNoCutDoesBetter() {
        Random random = new Random(5);
        double[][] p = probabilities(random, 60, 7);
        boolean[][] truth = truth(random, p);
        boolean[] judged = {true, true, true, true, true, true, false};
        for (TagDecision rule : List.of(new TagDecision(2, 0.5, 0), new TagDecision(3, 0.5, 0), new TagDecision(1, 0.5, 0),
                new TagDecision(0, 0.25, 0.5), new TagDecision(2, 1, 0.7))) {
            TaggerCalibration.Cut fitted = DecisionCut.best(rule, p, truth, judged);

            assertThat(f1(rule, fitted.threshold(), p, truth, judged)).as(rule.describe()).isCloseTo(fitted.f1(), within(1e-12));
            for (double c = 0.005; c < 2.5; c += 0.005) {
                assertThat(f1(rule, c, p, truth, judged)).as(rule.describe() + " at " + c).isLessThanOrEqualTo(fitted.f1() + 1e-12);
            }
        }
    }

    @Test
    void givenARuleWithACutOfItsOwn_whenAssigned_thenItsCutReplacesTheSharedOne() {
        TagDecision capped = new TagDecision(2, 0.5, 0).withCut(0.2);

        assertThat(capped.assign(new double[] {0.25, 0.1, 0.22, 0.21}, 0.291)).containsExactly(true, false, true, false);
        assertThat(capped.withoutCut().assign(new double[] {0.25, 0.1, 0.22, 0.21}, 0.291)).containsExactly(true, false, false, false);
        assertThat(capped.describe()).isEqualTo("threshold, else the likeliest at 0.5 of it, at most 2 tags, own cut 0.200");
        assertThat(capped.withoutCut()).isEqualTo(new TagDecision(2, 0.5, 0));
    }

    /** The micro F1 of the judged tags the rule gives at a cut, counted the slow way. */
    private static double f1(TagDecision rule, double cut, double[][] p, boolean[][] truth, boolean[] judged) {
        int tp = 0;
        int predicted = 0;
        int positives = 0;
        for (int r = 0; r < p.length; r++) {
            boolean[] given = rule.assign(p[r], cut);
            for (int t = 0; t < given.length; t++) {
                if (judged[t]) {
                    predicted += given[t] ? 1 : 0;
                    tp += given[t] && truth[r][t] ? 1 : 0;
                    positives += truth[r][t] ? 1 : 0;
                }
            }
        }
        return 2.0 * tp / (predicted + positives);
    }

    private static double[][] probabilities(Random random, int papers, int tags) {
        double[][] p = new double[papers][tags];
        for (double[] row : p) {
            for (int t = 0; t < tags; t++) {
                row[t] = Math.round(random.nextDouble() * random.nextDouble() * 100) / 100.0; // ties on purpose
            }
        }
        return p;
    }

    /** Truth that agrees with the probabilities more often than not. */
    private static boolean[][] truth(Random random, double[][] p) {
        boolean[][] truth = new boolean[p.length][p[0].length];
        for (int r = 0; r < p.length; r++) {
            for (int t = 0; t < p[r].length; t++) {
                truth[r][t] = random.nextDouble() < p[r][t] * 1.3;
            }
        }
        return truth;
    }
}
