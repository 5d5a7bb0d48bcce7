package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores every tag of a vocabulary on one paper from its words and its vector: the features of
 * {@link TagFeatures}, weighed by a {@link TaggerWeights} model into a probability, kept when it reaches the
 * calibrated threshold, after each tag's own calibration where curators' examples gave it one
 * ({@link LearnedTags}); which tags a paper gets is the {@link TagDecision} shipped. Pure: the embedding and the examples are the caller's business.
 */
public final class HybridScorer {

    private final List<Tag> tags;
    private final KeywordEvidence evidence;
    private final TagPrototypes prototypes;
    private final TaggerWeights weights;
    private final double threshold;
    private final LearnedTags learned;

    public HybridScorer(KeywordEvidence evidence, TagPrototypes prototypes, TaggerWeights weights, double threshold) {
        this(evidence, prototypes, weights, threshold, LearnedTags.NONE);
    }

    public HybridScorer(KeywordEvidence evidence, TagPrototypes prototypes, TaggerWeights weights, double threshold,
                        LearnedTags learned) {
        this.tags = evidence.tags();
        this.evidence = evidence;
        this.prototypes = prototypes;
        this.weights = weights;
        this.threshold = threshold;
        this.learned = learned;
    }

    /** The same scorer with what was learned from curators' examples. */
    public HybridScorer with(LearnedTags learnedTags) {
        return new HybridScorer(evidence, prototypes, weights, threshold, learnedTags);
    }

    public TaggerWeights weights() {
        return weights;
    }

    /** The features of each tag of the vocabulary, in vocabulary order. */
    public double[][] features(Paper paper, float[] vector) {
        return features(paper, vector, learned.words());
    }

    /** The features, with the example words of another model (one that has not seen this paper, when learning). */
    public double[][] features(Paper paper, float[] vector, ExampleWords words) {
        List<KeywordEvidence.Hits> hits = evidence.of(paper);
        TagPrototypes.Similarities sims = prototypes.of(vector);
        double[] wordLogits = words.logits(paper, tags.size());
        double[][] out = new double[tags.size()][];
        for (int i = 0; i < tags.size(); i++) {
            out[i] = TagFeatures.of(hits.get(i), i, sims, words.has(i), wordLogits[i]);
        }
        return out;
    }

    /** The probability of each tag, in vocabulary order. */
    public double[] probabilities(Paper paper, float[] vector) {
        return probabilities(features(paper, vector));
    }

    /** The probability of each tag from its features, in vocabulary order. */
    public double[] probabilities(double[][] features) {
        double[] out = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            out[i] = TaggerWeights.sigmoid(learned.adjust(i, weights.logit(features[i]), features[i][TagFeatures.WORDS]));
        }
        return out;
    }

    public List<TagScore> score(Paper paper, float[] vector) {
        double[] p = probabilities(paper, vector);
        boolean[] given = TagDecision.SHIPPED.assign(p, threshold);
        List<TagScore> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (given[i]) {
                out.add(new TagScore(tags.get(i).name(), Math.round(p[i] * 1000) / 1000.0, TagScore.MACHINE));
            }
        }
        out.sort(Comparator.comparingDouble(TagScore::confidence).reversed().thenComparing(TagScore::tag));
        return out;
    }
}
