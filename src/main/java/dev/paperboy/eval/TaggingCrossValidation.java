package dev.paperboy.eval;

import dev.paperboy.tag.DecisionCut;
import dev.paperboy.tag.HybridScorer;
import dev.paperboy.tag.TagDecision;
import dev.paperboy.tag.TagLearning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Cross-validation inside the development half of {@code eval tagging}, the only place a setting of the tagger
 * may be chosen: the half is dealt into five folds; for each, the weights and threshold are fitted and curators'
 * tags are learned on the other four, exactly as on the whole half, and the fold is scored. The pooled
 * out-of-fold micro F1 of every candidate setting is printed, and the best is what the tagger should ship; the
 * test half is never looked at.
 *
 * <p>The candidates, chosen before any fold was scored: how much a tag's own calibration trusts its examples
 * (the prior, in papers' worth, at 1, 3, 10 and 30: an order of magnitude either side of the 3 shipped when the
 * folds were added; 1 scored best, within noise, and 3 was kept), and
 * where a tag with its own calibration is cut: at the shared threshold, or at a threshold chosen for calibrated
 * tags (the best F1 on the other folds' out-of-fold probabilities, so the fold scored never picks its own cut).
 * Then, fixed before any fold was scored again, the decision rules of {@link #RULES} at the shipped prior and cut;
 * and, fixed before the next run, the caps of {@link #JOINT} each with the cut fitted under the cap
 * ({@link DecisionCut}) on the other folds' out-of-fold probabilities. Last, fixed before the run that scored them, each
 * prior with a tag's own calibration that weighs the tag's example words again beside the shared log-odds
 * ({@link TagLearning.Evidence#calibrated(double, boolean)}), at the shared cut.
 */
final class TaggingCrossValidation {

    static final int FOLDS = 5;
    static final double[] PRIORS = {1, 3, 10, 30};

    /**
     * Which tags a paper gets, compared at the shipped prior and cut: the rule before the folds compared rules; at
     * most 2, 3 or 4 tags a paper; the likeliest tag kept when none reaches the threshold always, from a quarter of
     * it, or never; a tag kept only at half or 0.7 of the paper's best (0.3 would almost never bite: a best of at
     * most 1 times 0.3 is close to the shared cut of 0.291).
     */
    static final List<TagDecision> RULES = List.of(TagDecision.THRESHOLD,
            new TagDecision(2, 0.5, 0), new TagDecision(3, 0.5, 0), new TagDecision(4, 0.5, 0),
            new TagDecision(0, 0, 0), new TagDecision(0, 0.25, 0), new TagDecision(0, 1, 0),
            new TagDecision(0, 0.5, 0.5), new TagDecision(0, 0.5, 0.7));

    /** Caps scored with a cut fitted together with them, at the shipped prior: a cap at a cut fitted without it only trades. */
    static final List<TagDecision> JOINT = List.of(new TagDecision(2, 0.5, 0), new TagDecision(3, 0.5, 0));

    /** Beyond this many candidates besides the shipped one, the best must gain two standard errors, not one. */
    static final int FEW = 3;

    /**
     * A setting: the calibration prior, whether the cut is fitted on the other folds (for the rule before the folds
     * compared rules, a cut for calibrated tags; for another rule, the cut fitted under it), and the decision rule
     * (without a cut of its own: the folds give it one).
     */
    record Candidate(double prior, boolean ownCut, TagDecision rule, boolean wordsAgain) {
        Candidate(double prior, boolean ownCut) {
            this(prior, ownCut, TagDecision.THRESHOLD);
        }

        Candidate(double prior, boolean ownCut, TagDecision rule) {
            this(prior, ownCut, rule, false);
        }

        String describe() {
            return String.format(Locale.ROOT, "prior %s paper%s, %s", prior % 1 == 0 ? String.valueOf((int) prior) : String.valueOf(prior),
                    prior == 1 ? "" : "s",
                    !ownCut ? "shared cut" : rule.equals(TagDecision.THRESHOLD) ? "own cut for calibrated tags" : "cut fitted under the rule")
                    + (wordsAgain ? ", each tag's calibration weighs its example words again" : "")
                    + (rule.equals(TagDecision.THRESHOLD) ? "" : "; " + rule.describe());
        }
    }

    /** A candidate's pooled out-of-fold metrics, each fold's F1, and the cut it would ship (the shared one: NaN). */
    record Scored(Candidate candidate, TagMetrics metrics, double[] foldF1, double cut) {
        double f1() {
            return metrics.micro().f1();
        }

        /** The standard error of the mean of the folds' F1. */
        double standardError() {
            return TaggingCrossValidation.standardError(foldF1);
        }
    }

    /** The mean over folds of {@code a}'s F1 minus {@code b}'s, and its standard error: the same folds, so paired. */
    static double[] pairedDifference(Scored a, Scored b) {
        double[] d = new double[a.foldF1().length];
        for (int f = 0; f < d.length; f++) {
            d[f] = a.foldF1()[f] - b.foldF1()[f];
        }
        return new double[] {new Mean().evaluate(d), standardError(d)};
    }

    /** The standard error of the mean of {@code x}: the sample deviation over √n (0 for fewer than two). */
    private static double standardError(double[] x) {
        return x.length < 2 ? 0 : new StandardDeviation().evaluate(x) / Math.sqrt(x.length);
    }

    /**
     * What the folds found: the cold tagger's figure, every candidate's, the one chosen, and, as a check, each
     * prior (shared cut) when curators tagged only a few of the other folds' papers per tag.
     */
    record Result(TagMetrics cold, List<Scored> candidates, Scored chosen, List<Scored> fewExamples, int perTag) {
    }

    private final TaggingEval eval;
    private final TaggingEval.Prepared set;

    TaggingCrossValidation(TaggingEval eval, TaggingEval.Prepared set) {
        this.eval = eval;
        this.set = set;
    }

    /** @param perTag the curators' papers per tag of the few-examples check (0: no check) */
    Result run(List<Integer> dev, long seed, int perTag) {
        List<List<Integer>> folds = TaggingSplits.folds(dev, FOLDS, seed + 4);
        int n = set.papers.size();
        double[][][] learned = new double[PRIORS.length][n][];
        double[][][] again = new double[PRIORS.length][n][];
        double[][][] few = new double[PRIORS.length][n][];
        List<Set<String>> coldTags = new ArrayList<>();
        List<Set<String>> truth = new ArrayList<>();
        double[] sharedCut = new double[n];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = TaggingSplits.training(folds, f);
            List<Integer> held = folds.get(f);
            eval.progress("cross-validation fold " + (f + 1) + "/" + FOLDS + ": fitting on " + train.size() + " papers, scoring " + held.size());
            TaggingEval.Calibrated c = eval.calibrate(set, train, seed);
            double cut = c.cut().threshold();
            coldTags.addAll(eval.assigned(held, set.probabilities(c.weights()), cut));
            truth.addAll(set.truth(held));
            held.forEach(r -> sharedCut[r] = cut);
            TaggingEval.Taught taught = eval.taught(set, train, c.weights(), cut);
            score(taught, false, held, learned);
            score(taught, true, held, again);
            if (perTag > 0) {
                score(eval.taught(set, TaggingSplits.examples(set, train, perTag, seed), c.weights(), cut), false, held, few);
            }
        }
        Set<String> judged = new TreeSet<>();
        dev.forEach(r -> judged.addAll(set.papers.get(r).truth()));
        List<Scored> scored = new ArrayList<>();
        for (int k = 0; k < PRIORS.length; k++) {
            double[][] p = learned[k];
            scored.add(score(new Candidate(PRIORS[k], false), folds, p, f -> sharedCut[folds.get(f).get(0)], Double.NaN));
            double[] own = new double[FOLDS];
            for (int f = 0; f < FOLDS; f++) {
                own[f] = eval.cut(set, TaggingSplits.training(folds, f), judged, p).threshold();
            }
            double shipped = eval.cut(set, dev, judged, p).threshold();
            scored.add(score(new Candidate(PRIORS[k], true), folds, p, f -> own[f], shipped));
        }
        for (int k = 0; k < PRIORS.length; k++) {
            scored.add(score(new Candidate(PRIORS[k], false, TagDecision.THRESHOLD, true), folds, again[k],
                    f -> sharedCut[folds.get(f).get(0)], Double.NaN));
        }
        double[][] atPrior = learned[java.util.Arrays.binarySearch(PRIORS, TagLearning.PRIOR)];
        for (TagDecision rule : RULES) {
            if (!rule.equals(TagDecision.THRESHOLD)) {
                scored.add(score(new Candidate(TagLearning.PRIOR, false, rule), folds, atPrior, f -> sharedCut[folds.get(f).get(0)], Double.NaN));
            }
        }
        for (TagDecision rule : JOINT) {
            double[] own = new double[FOLDS];
            for (int f = 0; f < FOLDS; f++) {
                own[f] = cutUnder(rule, TaggingSplits.training(folds, f), judged, atPrior);
            }
            scored.add(score(new Candidate(TagLearning.PRIOR, true, rule), folds, atPrior, f -> own[f], cutUnder(rule, dev, judged, atPrior)));
        }
        List<Scored> check = new ArrayList<>();
        for (int k = 0; perTag > 0 && k < PRIORS.length; k++) {
            check.add(score(new Candidate(PRIORS[k], false), folds, few[k], f -> sharedCut[folds.get(f).get(0)], Double.NaN));
        }
        return new Result(TagMetrics.of(coldTags, truth), scored, choose(scored, shipped()), check, perTag);
    }

    /** The cut with the best micro F1 on these rows when {@code rule} decides. */
    private double cutUnder(TagDecision rule, List<Integer> rows, Set<String> judged, double[][] p) {
        List<String> names = set.tagNames();
        boolean[] isJudged = new boolean[names.size()];
        for (int t = 0; t < isJudged.length; t++) {
            isJudged[t] = judged.contains(names.get(t));
        }
        double[][] q = new double[rows.size()][];
        boolean[][] truth = new boolean[rows.size()][names.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = p[rows.get(i)];
            for (int t = 0; t < names.size(); t++) {
                truth[i][t] = set.papers.get(rows.get(i)).truth().contains(names.get(t));
            }
        }
        return DecisionCut.best(rule, q, truth, isJudged).threshold();
    }

    /** Each held-out row's probabilities under each prior, into {@code out[prior][row]}. */
    private void score(TaggingEval.Taught taught, boolean wordsAgain, List<Integer> held, double[][][] out) {
        for (int k = 0; k < PRIORS.length; k++) {
            HybridScorer scorer = taught.with(PRIORS[k], wordsAgain);
            for (int r : held) {
                out[k][r] = scorer.probabilities(set.papers.get(r).paper(), set.vectors.get(r));
            }
        }
    }

    /** Each fold assigned at its cut, pooled over the folds. */
    private Scored score(Candidate c, List<List<Integer>> folds, double[][] p, java.util.function.IntToDoubleFunction cutOf, double shipped) {
        List<Set<String>> predicted = new ArrayList<>();
        List<Set<String>> truth = new ArrayList<>();
        double[] foldF1 = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            List<Integer> held = folds.get(f);
            List<Set<String>> tags = eval.assigned(held, p, cutOf.applyAsDouble(f), c.rule());
            foldF1[f] = TagMetrics.of(tags, set.truth(held)).micro().f1();
            predicted.addAll(tags);
            truth.addAll(set.truth(held));
        }
        return new Scored(c, TagMetrics.of(predicted, truth), foldF1, shipped);
    }

    /** The setting the tagger ships with: a rule with a cut of its own is the candidate that fitted that cut. */
    static Candidate shipped() {
        return new Candidate(TagLearning.PRIOR, TagDecision.SHIPPED.hasOwnCut(), TagDecision.SHIPPED.withoutCut(), false);
    }

    /**
     * The setting to ship: the candidate with the best pooled out-of-fold F1 when it beats the shipped setting by more
     * than the standard error of their paired fold-by-fold difference, else the shipped setting (a change within the
     * folds' noise is not a reason to change what users run). With more than {@link #FEW} candidates besides the
     * shipped one, by more than twice the standard error: the best of many candidates no better than the shipped one
     * beats it by one standard error often. Without the shipped setting among them, the best, the first listed on a
     * tie.
     */
    static Scored choose(List<Scored> scored, Candidate shipped) {
        Scored best = null;
        Scored current = null;
        for (Scored s : scored) {
            if (best == null || s.f1() > best.f1() + 1e-12) {
                best = s;
            }
            if (s.candidate().equals(shipped)) {
                current = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no candidates");
        }
        if (current == null || best == current) {
            return best;
        }
        double[] gain = pairedDifference(best, current);
        return best.f1() - current.f1() > 1e-12 && gain[0] > errorsNeeded(scored.size()) * gain[1] ? best : current;
    }

    /** How many standard errors the best candidate's paired gain must exceed, among {@code candidates} with the shipped. */
    static int errorsNeeded(int candidates) {
        return candidates - 1 > FEW ? 2 : 1;
    }
}
