package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Learns from papers curators tagged (each with the whole set of tags it should have): the words of each tag's
 * examples ({@link ExampleWords}), then each tag's own calibration of the shared model on those papers. The
 * calibration must see word scores the word models would give papers they have not seen, so the papers are
 * scored out of fold (five folds by position; no randomness).
 */
public final class TagLearning {

    /**
     * How many papers' worth of evidence the prior "calibrate as the shared model does" weighs: a tag with a few
     * examples moves a little, one with hundreds gets its own scale and shift. Kept by {@code eval tagging}'s folds
     * inside the development half against 1, 10 and 30 (docs/TAGGING.md): 1 scored +0.002 ± 0.003 fold by fold,
     * within noise, and would let a tag's calibration swing further on a curator's first few papers.
     */
    public static final double PRIOR = 3.0;
    private static final int FOLDS = 5;

    /** A tagged paper: its text, its vector and all the tags it should have. */
    public record Example(Paper paper, float[] vector, Set<String> tags) {
    }

    private TagLearning() {
    }

    /**
     * @param base the scorer before learning (its prototypes, keyword evidence and shared weights)
     * @param tags the vocabulary's tag names, in the scorer's order
     */
    public static LearnedTags learn(HybridScorer base, List<String> tags, List<Example> examples) {
        return evidence(base, tags, examples).calibrated(PRIOR);
    }

    /**
     * The costly part of learning, done once: the words of the examples, and every example's log-odds from word
     * models that did not see it. {@link Evidence#calibrated} then fits each tag's calibration for a prior, so
     * {@code eval tagging} can compare priors on its folds without refitting the words.
     */
    public static Evidence evidence(HybridScorer base, List<String> tags, List<Example> examples) {
        if (examples.isEmpty()) {
            return new Evidence(ExampleWords.NONE, tags, new double[0][], new double[0][], List.of());
        }
        List<Paper> papers = examples.stream().map(Example::paper).toList();
        List<Set<String>> labels = examples.stream().map(Example::tags).toList();
        ExampleWords words = ExampleWords.fit(papers, labels, tags);
        double[][] logits = new double[examples.size()][];
        double[][] wordLogits = new double[examples.size()][];
        if (words == ExampleWords.NONE) {
            for (int i = 0; i < examples.size(); i++) {
                logitsOf(base, examples.get(i), ExampleWords.NONE, logits, wordLogits, i);
            }
        } else {
            for (int fold = 0; fold < FOLDS; fold++) {
                List<Paper> trainPapers = new ArrayList<>();
                List<Set<String>> trainLabels = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    if (i % FOLDS != fold) {
                        trainPapers.add(papers.get(i));
                        trainLabels.add(labels.get(i));
                    }
                }
                ExampleWords unseen = ExampleWords.fit(trainPapers, trainLabels, tags);
                for (int i = fold; i < examples.size(); i += FOLDS) {
                    logitsOf(base, examples.get(i), unseen, logits, wordLogits, i);
                }
            }
        }
        return new Evidence(words, tags, logits, wordLogits, labels);
    }

    /** The word models and the out-of-fold log-odds of the examples, ready to calibrate each tag. */
    public static final class Evidence {
        private final ExampleWords words;
        private final List<String> tags;
        private final double[][] logits;
        private final double[][] wordLogits;
        private final List<Set<String>> labels;

        private Evidence(ExampleWords words, List<String> tags, double[][] logits, double[][] wordLogits, List<Set<String>> labels) {
            this.words = words;
            this.tags = tags;
            this.logits = logits;
            this.wordLogits = wordLogits;
            this.labels = labels;
        }

        /** What was learned, each tag calibrated with a prior worth {@code prior} papers at "no change". */
        public LearnedTags calibrated(double prior) {
            return calibrated(prior, false);
        }

        /**
         * @param wordsAgain whether a tag with a word model also weighs its words' log-odds again in its own
         *                   calibration (a third number, its prior at 0): where a tag's keywords say little, its
         *                   examples' words may deserve more than the shared weight (compared by {@code eval
         *                   tagging}'s folds; not shipped)
         */
        public LearnedTags calibrated(double prior, boolean wordsAgain) {
            if (labels.isEmpty()) {
                return LearnedTags.NONE;
            }
            double[] scale = new double[tags.size()];
            double[] shift = new double[tags.size()];
            double[] wordScale = new double[tags.size()];
            Arrays.fill(scale, 1);
            for (int t = 0; t < tags.size(); t++) {
                boolean[] y = new boolean[labels.size()];
                double[] z = new double[labels.size()];
                boolean used = false;
                for (int i = 0; i < y.length; i++) {
                    y[i] = labels.get(i).contains(tags.get(t));
                    z[i] = logits[i][t];
                    used |= y[i];
                }
                // A tag no curator used here says nothing about itself: it may be rare, or this curator's blind spot.
                if (used && wordsAgain && words.has(t)) {
                    double[][] x = new double[y.length][];
                    for (int i = 0; i < y.length; i++) {
                        x[i] = new double[] {z[i], wordLogits[i][t], 1};
                    }
                    double[] w = PlattScaling.fit(x, y, new double[] {1, 0, 0}, prior);
                    scale[t] = w[0];
                    wordScale[t] = w[1];
                    shift[t] = w[2];
                } else if (used) {
                    double[] ab = PlattScaling.fit(z, y, 1, 0, prior);
                    scale[t] = ab[0];
                    shift[t] = ab[1];
                }
            }
            return new LearnedTags(words, scale, shift, wordScale);
        }
    }

    private static void logitsOf(HybridScorer base, Example e, ExampleWords words, double[][] logits, double[][] wordLogits, int i) {
        double[][] features = base.features(e.paper(), e.vector(), words);
        double[] out = new double[features.length];
        double[] w = new double[features.length];
        for (int t = 0; t < features.length; t++) {
            out[t] = base.weights().logit(features[t]);
            w[t] = features[t][TagFeatures.WORDS];
        }
        logits[i] = out;
        wordLogits[i] = w;
    }

    /** The scale and shift of the log-odds that best fit the labels, with a prior of weight {@link #PRIOR} at scale 1, shift 0. */
    static double[] calibrate(double[] z, boolean[] y) {
        return PlattScaling.fit(z, y, 1, 0, PRIOR);
    }
}
