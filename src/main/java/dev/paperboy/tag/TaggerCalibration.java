package dev.paperboy.tag;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Fits the tagger's weights and threshold on labelled (paper, tag) pairs: a logistic regression with a small
 * ridge penalty (Newton's method: eight features converge in a few steps), then the probability cut-off with
 * the best micro-averaged F1 on the same pairs. Few parameters, all shared by every tag, so a few thousand
 * papers calibrate them without fitting any one tag.
 */
public final class TaggerCalibration {

    /** A threshold and the F1 it reaches on the pairs it was chosen on. */
    public record Cut(double threshold, double f1) {
    }

    private static final double RIDGE = 1e-3;
    private static final int STEPS = 50;

    private TaggerCalibration() {
    }

    public static TaggerWeights fit(List<double[]> features, List<Boolean> labels) {
        if (features.isEmpty() || features.size() != labels.size()) {
            throw new IllegalArgumentException("need as many labels as feature rows, and some of each");
        }
        int d = features.get(0).length + 1;
        double[] w = new double[d];
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int r = 0; r < features.size(); r++) {
                double[] x = withBias(features.get(r));
                double p = sigmoid(dot(w, x));
                double err = p - (labels.get(r) ? 1 : 0);
                double curvature = p * (1 - p);
                for (int i = 0; i < d; i++) {
                    gradient[i] += err * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            int n = features.size();
            for (int i = 0; i < d; i++) {
                gradient[i] = gradient[i] / n + RIDGE * w[i];
                for (int j = 0; j < d; j++) {
                    hessian[i][j] = hessian[i][j] / n + (i == j ? RIDGE : 0);
                }
            }
            double[] delta = new LUDecomposition(new Array2DRowRealMatrix(hessian, false)).getSolver().solve(new ArrayRealVector(gradient, false)).toArray();
            double moved = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= delta[i];
                moved = Math.max(moved, Math.abs(delta[i]));
            }
            if (moved < 1e-8) {
                break;
            }
        }
        return new TaggerWeights(Arrays.copyOf(w, d - 1), w[d - 1]);
    }

    /**
     * The cut-off on {@code scores} (assign when score ≥ cut) with the best micro F1 against {@code labels}; a
     * cut halfway between two neighbouring scores, so it does not hang on one pair's exact value.
     */
    public static Cut bestCut(double[] scores, boolean[] labels) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        int positives = 0;
        for (boolean l : labels) {
            positives += l ? 1 : 0;
        }
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
            if (f1 > best) {
                best = f1;
                cut = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
            }
        }
        return new Cut(cut, Math.max(0, best));
    }

    private static double[] withBias(double[] x) {
        double[] out = Arrays.copyOf(x, x.length + 1);
        out[x.length] = 1;
        return out;
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
