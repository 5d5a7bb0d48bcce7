package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores every tag of a vocabulary on one paper from its words and its vector: the features of
 * {@link TagFeatures}, weighed by a {@link TaggerWeights} model into a probability, kept when it reaches the
 * calibrated threshold. Pure: the embedding and the examples are the caller's business.
 */
public final class HybridScorer {

    private final List<Tag> tags;
    private final KeywordEvidence evidence;
    private final TagPrototypes prototypes;
    private final TaggerWeights weights;
    private final double threshold;

    public HybridScorer(KeywordEvidence evidence, TagPrototypes prototypes, TaggerWeights weights, double threshold) {
        this.tags = evidence.tags();
        this.evidence = evidence;
        this.prototypes = prototypes;
        this.weights = weights;
        this.threshold = threshold;
    }

    /** The features of each tag of the vocabulary, in vocabulary order. */
    public double[][] features(Paper paper, float[] vector) {
        List<KeywordEvidence.Hits> hits = evidence.of(paper);
        TagPrototypes.Similarities sims = prototypes.of(vector);
        double[][] out = new double[tags.size()][];
        for (int i = 0; i < tags.size(); i++) {
            out[i] = TagFeatures.of(hits.get(i), i, sims);
        }
        return out;
    }

    /** The probability of each tag, in vocabulary order. */
    public double[] probabilities(Paper paper, float[] vector) {
        double[][] features = features(paper, vector);
        double[] out = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            out[i] = weights.probability(features[i]);
        }
        return out;
    }

    public List<TagScore> score(Paper paper, float[] vector) {
        double[] p = probabilities(paper, vector);
        List<TagScore> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= threshold) {
                out.add(new TagScore(tags.get(i).name(), Math.round(p[i] * 1000) / 1000.0, TagScore.MACHINE));
            }
        }
        out.sort(Comparator.comparingDouble(TagScore::confidence).reversed().thenComparing(TagScore::tag));
        return out;
    }
}
