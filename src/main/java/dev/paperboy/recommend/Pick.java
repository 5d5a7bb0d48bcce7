package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.util.List;

/**
 * One paper chosen for a digest, its tags, its score and why it was chosen, in words. {@code evidence} is the
 * learned ranker's score of it (what ordered the digest, before rounding) and {@code likelihood} the calibrated
 * probability that the channel likes it ({@link Calibration}); both NaN when no taste model ranked it (a channel with
 * nothing liked or seeded yet, or a ranker that learns nothing). {@code wildcard}: chosen to explore, because the
 * model is unsure of it, not because it ranked high.
 */
public record Pick(Paper paper, List<TagScore> tags, double score, String why, double evidence, double likelihood,
                   boolean wildcard) {

    public Pick {
        tags = List.copyOf(tags);
    }

    /** A pick no model scored. */
    public Pick(Paper paper, List<TagScore> tags, double score, String why) {
        this(paper, tags, score, why, Double.NaN, Double.NaN, false);
    }

    /** A pick a model scored, chosen for its rank. */
    public Pick(Paper paper, List<TagScore> tags, double score, String why, double evidence, double likelihood) {
        this(paper, tags, score, why, evidence, likelihood, false);
    }

    public Pick withWhy(String newWhy) {
        return new Pick(paper, tags, score, newWhy, evidence, likelihood, wildcard);
    }

    public Pick withLikelihood(double newLikelihood) {
        return new Pick(paper, tags, score, why, evidence, newLikelihood, wildcard);
    }

    /** Whether a model scored it, so a bar can apply. */
    public boolean hasLikelihood() {
        return !Double.isNaN(likelihood);
    }
}
