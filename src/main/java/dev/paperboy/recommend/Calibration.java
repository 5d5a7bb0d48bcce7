package dev.paperboy.recommend;

import java.util.List;

/**
 * A channel's calibrated likelihood: the probability that its members like a paper, from the learned ranker's score
 * of it, by Platt scaling ({@code p = σ(a·s + b)}) fitted on the channel's own delivered papers (liked against
 * disliked or ignored), each with the score it had when it was picked. The score orders a digest but is no
 * probability (a sum of standardised terms); calibrating the score that ranks keeps the bar a cut of the ranking.
 * (Calibrating the taste model's own logit instead was measured and posted worse: docs/RECOMMENDING.md.) A Gaussian
 * prior keeps the fit sane with few votes: slope 1 and the channel's smoothed share of liked deliveries as intercept,
 * each with standard deviation 1, so a handful of votes moves it a little and a few dozen decide it.
 */
public final class Calibration {

    /** One delivered paper with its ranking score when it was picked, and whether the channel liked it. */
    public record Vote(double score, boolean liked) {
    }

    private static final double PRIOR_SLOPE = 1.0;
    private static final double PRIOR_SD = 1.0;
    private static final int ITERATIONS = 50;

    private final double slope;
    private final double intercept;
    private final int votes;

    private Calibration(double slope, double intercept, int votes) {
        this.slope = slope;
        this.intercept = intercept;
        this.votes = votes;
    }

    /** The maximum a posteriori fit on {@code votes} (Newton's method on two parameters; a few dozen steps at most). */
    public static Calibration fit(List<Vote> votes) {
        long liked = votes.stream().filter(Vote::liked).count();
        double base = (liked + 1.0) / (votes.size() + 2.0);
        double priorIntercept = Math.log(base / (1 - base));
        double a = PRIOR_SLOPE;
        double b = priorIntercept;
        double precision = 1 / (PRIOR_SD * PRIOR_SD);
        for (int it = 0; it < ITERATIONS; it++) {
            // Gradient and Hessian of the negative log posterior.
            double ga = precision * (a - PRIOR_SLOPE);
            double gb = precision * (b - priorIntercept);
            double haa = precision;
            double hab = 0;
            double hbb = precision;
            for (Vote v : votes) {
                double p = sigmoid(a * v.score() + b);
                double r = p - (v.liked() ? 1 : 0);
                double w = Math.max(p * (1 - p), 1e-9);
                ga += r * v.score();
                gb += r;
                haa += w * v.score() * v.score();
                hab += w * v.score();
                hbb += w;
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
        return new Calibration(a, b, votes.size());
    }

    /** The probability the channel likes a paper the ranker scores {@code score}; NaN for NaN (no taste model). */
    public double likelihood(double score) {
        return Double.isNaN(score) ? Double.NaN : sigmoid(slope * score + intercept);
    }

    /** How many delivered papers it was fitted on. */
    public int votes() {
        return votes;
    }

    double slope() {
        return slope;
    }

    double intercept() {
        return intercept;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
