package dev.paperboy.recommend;

import dev.paperboy.tag.PlattScaling;
import dev.paperboy.tag.TaggerWeights;
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

    private final double slope;
    private final double intercept;
    private final int votes;

    private Calibration(double slope, double intercept, int votes) {
        this.slope = slope;
        this.intercept = intercept;
        this.votes = votes;
    }

    /** The maximum a posteriori fit on {@code votes}, by the Platt scaling the tagger calibrates its tags with. */
    public static Calibration fit(List<Vote> votes) {
        double[] scores = votes.stream().mapToDouble(Vote::score).toArray();
        boolean[] liked = new boolean[votes.size()];
        int likes = 0;
        for (int i = 0; i < liked.length; i++) {
            liked[i] = votes.get(i).liked();
            likes += liked[i] ? 1 : 0;
        }
        double base = (likes + 1.0) / (votes.size() + 2.0);
        double[] ab = PlattScaling.fit(scores, liked, PRIOR_SLOPE, Math.log(base / (1 - base)), 1 / (PRIOR_SD * PRIOR_SD));
        return new Calibration(ab[0], ab[1], votes.size());
    }

    /** The probability the channel likes a paper the ranker scores {@code score}; NaN for NaN (no taste model). */
    public double likelihood(double score) {
        return Double.isNaN(score) ? Double.NaN : TaggerWeights.sigmoid(slope * score + intercept);
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
}
