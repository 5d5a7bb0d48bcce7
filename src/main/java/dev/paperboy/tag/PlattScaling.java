package dev.paperboy.tag;

/**
 * Platt scaling with a Gaussian prior: the scale {@code a} and shift {@code b} that turn scores into probabilities,
 * {@code p = σ(a·z + b)}, at the maximum of the posterior (Newton's method on two parameters; a few steps at most).
 * The prior, centred on a scale and shift with a weight (its precision), keeps the fit sane with few labels. The
 * tagger calibrates each tag's log-odds with it, the ranker a channel's scores.
 */
public final class PlattScaling {

    private static final int STEPS = 50;

    private PlattScaling() {
    }

    /** {@code {a, b}} fitted on scores {@code z} and labels {@code y}, with a prior centred on {@code a0}, {@code b0}. */
    public static double[] fit(double[] z, boolean[] y, double a0, double b0, double priorWeight) {
        double a = a0;
        double b = b0;
        for (int step = 0; step < STEPS; step++) {
            // Gradient and Hessian of the negative log posterior.
            double ga = priorWeight * (a - a0);
            double gb = priorWeight * (b - b0);
            double haa = priorWeight;
            double hab = 0;
            double hbb = priorWeight;
            for (int i = 0; i < z.length; i++) {
                double p = TaggerWeights.sigmoid(a * z[i] + b);
                double err = p - (y[i] ? 1 : 0);
                double curvature = p * (1 - p);
                ga += err * z[i];
                gb += err;
                haa += curvature * z[i] * z[i];
                hab += curvature * z[i];
                hbb += curvature;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 0) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }
}
