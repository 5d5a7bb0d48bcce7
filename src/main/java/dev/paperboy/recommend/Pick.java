package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.util.List;

/**
 * One paper chosen for a digest, its tags, its score and why it was chosen, in words. {@code logit} is the
 * channel's taste model's raw logit for it and {@code likelihood} the calibrated probability that the channel likes
 * it ({@link Calibration}); both NaN when the channel has no model yet (or the ranker learns nothing).
 */
public record Pick(Paper paper, List<TagScore> tags, double score, String why, double logit, double likelihood) {

    public Pick {
        tags = List.copyOf(tags);
    }

    /** A pick no model scored. */
    public Pick(Paper paper, List<TagScore> tags, double score, String why) {
        this(paper, tags, score, why, Double.NaN, Double.NaN);
    }

    public Pick withWhy(String newWhy) {
        return new Pick(paper, tags, score, newWhy, logit, likelihood);
    }

    public Pick withLikelihood(double newLikelihood) {
        return new Pick(paper, tags, score, why, logit, newLikelihood);
    }

    /** Whether a model scored it, so a bar can apply. */
    public boolean hasLikelihood() {
        return !Double.isNaN(likelihood);
    }
}
