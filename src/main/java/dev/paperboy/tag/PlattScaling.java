package dev.paperboy.tag;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * Platt scaling with a Gaussian prior: the scale {@code a} and shift {@code b} that turn scores into probabilities,
 * {@code p = σ(a·z + b)}, at the maximum of the posterior (Newton's method; a few steps at most), or the weights of
 * several scores at once.
 * The prior, centred on a scale and shift with a weight (its precision), keeps the fit sane with few labels. The
 * tagger calibrates each tag's log-odds with it, the ranker a channel's scores.
 */
public final class PlattScaling {

    private static final int STEPS = 50;

    private PlattScaling() {
    }

    /** {@code {a, b}} fitted on scores {@code z} and labels {@code y}, with a prior centred on {@code a0}, {@code b0}. */
    public static double[] fit(double[] z, boolean[] y, double a0, double b0, double priorWeight) {
        double[][] x = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            x[i] = new double[] {z[i], 1};
        }
        return fit(x, y, new double[] {a0, b0}, priorWeight);
    }

    /**
     * The weights {@code w} of {@code p = σ(w · x)} with a Gaussian prior of precision {@code priorWeight} centred on
     * {@code center}: Platt scaling over several scores at once (Newton's method; the last input is usually 1).
     */
    public static double[] fit(double[][] x, boolean[] y, double[] center, double priorWeight) {
        double[] precision = new double[center.length];
        java.util.Arrays.fill(precision, priorWeight);
        return fit(x, y, center, precision);
    }

    /**
     * The same with a precision per weight: a logistic regression at the maximum of its posterior, which the
     * tagger's shared weights are too ({@link TaggerCalibration}: a ridge is a prior centred on 0).
     */
    public static double[] fit(double[][] x, boolean[] y, double[] center, double[] precision) {
        int k = center.length;
        double[] w = center.clone();
        for (int step = 0; step < STEPS; step++) {
            double[] g = new double[k];
            double[][] h = new double[k][k];
            for (int j = 0; j < k; j++) {
                g[j] = precision[j] * (w[j] - center[j]);
                h[j][j] = precision[j];
            }
            for (int i = 0; i < x.length; i++) {
                double z = 0;
                for (int j = 0; j < k; j++) {
                    z += w[j] * x[i][j];
                }
                double p = TaggerWeights.sigmoid(z);
                double err = p - (y[i] ? 1 : 0);
                double curvature = p * (1 - p);
                for (int j = 0; j < k; j++) {
                    g[j] += err * x[i][j];
                    for (int l = j; l < k; l++) {
                        h[j][l] += curvature * x[i][j] * x[i][l];
                    }
                }
            }
            // One triangle, mirrored: the other, summed in another order, can differ in the last bit, and Cholesky refuses an asymmetric matrix.
            for (int j = 0; j < k; j++) {
                for (int l = 0; l < j; l++) {
                    h[j][l] = h[l][j];
                }
            }
            double[] d;
            try {
                d = new CholeskyDecomposition(new Array2DRowRealMatrix(h, false)).getSolver().solve(new ArrayRealVector(g, false)).toArray();
            } catch (MathIllegalArgumentException e) {
                break;
            }
            double moved = 0;
            for (int j = 0; j < k; j++) {
                w[j] -= d[j];
                moved += Math.abs(d[j]);
            }
            if (moved < 1e-9) {
                break;
            }
        }
        return w;
    }
}
