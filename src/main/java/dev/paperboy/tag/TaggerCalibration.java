package dev.paperboy.tag;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fits the tagger's weights and threshold on labelled (paper, tag) pairs: a logistic regression with a small
 * ridge penalty (fitted as {@link PlattScaling} fits several scores: Newton's method, a few steps), then the probability cut-off with
 * the best micro-averaged F1 on the same pairs. Few parameters, all shared by every tag, so a few thousand
 * papers calibrate them without fitting any one tag.
 */
public final class TaggerCalibration {

    /** A threshold and the F1 it reaches on the pairs it was chosen on. */
    public record Cut(double threshold, double f1) {
    }

    private static final double RIDGE = 1e-3;
    private TaggerCalibration() {
    }

    public static TaggerWeights fit(List<double[]> features, List<Boolean> labels) {
        if (features.isEmpty() || features.size() != labels.size()) {
            throw new IllegalArgumentException("need as many labels as feature rows, and some of each");
        }
        int d = features.get(0).length + 1;
        double[][] x = new double[features.size()][];
        boolean[] y = new boolean[features.size()];
        for (int r = 0; r < x.length; r++) {
            x[r] = withBias(features.get(r));
            y[r] = labels.get(r);
        }
        // The mean log loss plus RIDGE/2 · |w|² has its minimum where the summed loss with a prior of precision RIDGE · n does.
        double[] precision = new double[d];
        Arrays.fill(precision, RIDGE * x.length);
        double[] w = PlattScaling.fit(x, y, new double[d], precision);
        return new TaggerWeights(Arrays.copyOf(w, d - 1), w[d - 1]);
    }

    /**
     * The cut-off on {@code scores} (assign when score ≥ cut) with the best micro F1 against {@code labels}; a
     * cut halfway between two neighbouring scores, so it does not hang on one pair's exact value.
     */
    public static Cut bestCut(double[] scores, boolean[] labels) {
        int positives = 0;
        for (boolean l : labels) {
            positives += l ? 1 : 0;
        }
        return bestCut(scores, labels, positives);
    }

    /**
     * The same sweep when some positives have no score (never given at any cut, as under a {@link TagDecision}):
     * {@code positives} counts them all. A cut of infinity is none (a score of infinity is given at any cut); with
     * no finite cut the answer's threshold is infinite.
     */
    static Cut bestCut(double[] scores, boolean[] labels, int positives) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double best = -1;
        double cut = Double.POSITIVE_INFINITY;
        int tp = 0;
        for (int k = 0; k < order.length; k++) {
            tp += labels[order[k]] ? 1 : 0;
            boolean tie = k + 1 < order.length && scores[order[k + 1]] == scores[order[k]];
            if (tie) {
                continue;
            }
            double f1 = positives == 0 ? 0 : 2.0 * tp / (k + 1 + positives);
            double at = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
            if (f1 > best && !Double.isInfinite(at)) {
                best = f1;
                cut = at;
            }
        }
        return new Cut(cut, Math.max(0, best));
    }

    private static double[] withBias(double[] x) {
        double[] out = Arrays.copyOf(x, x.length + 1);
        out[x.length] = 1;
        return out;
    }
}
