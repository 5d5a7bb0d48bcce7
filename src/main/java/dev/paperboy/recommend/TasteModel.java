package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One channel's learned taste: a logistic regression on dense features (embedding, categories, tags) and a
 * linear SVM on the words, trained together on the same feedback.
 */
final class TasteModel {

    private static final double L2 = 1e-3;
    private static final int EPOCHS = 120;

    /** Unread candidates the lexical SVM trains against, at most. */
    private static final int LEXICAL_NEGATIVES = 3_000;

    private final LogisticRegression regression;
    private final SparseSvm svm;
    /** Where the unread papers it was trained against fell on each half's scale: mean and spread of logit and margin. */
    private final double[] reference;

    private TasteModel(LogisticRegression regression, SparseSvm svm, double[] reference) {
        this.regression = regression;
        this.svm = svm;
        this.reference = reference;
    }

    static TasteModel train(List<String> positives, List<String> negatives, List<Paper> candidates, Map<String, Paper> byId,
                            Map<String, List<TagScore>> tags, Map<String, float[]> vectors, LexicalProfile lexical,
                            RankingWeights weights, Random random) {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (String id : positives) {
            examples.add(example(byId.get(id), vectors, tags, 1, 1.0));
        }
        for (String id : negatives) {
            examples.add(example(byId.get(id), vectors, tags, 0, 1.0));
        }
        // Unlabelled candidates as weak negatives: most of what arrives is not what a channel wants. Together they
        // weigh as much as the positives, so a handful of seeds is not drowned.
        Set<String> labelled = new HashSet<>(positives);
        labelled.addAll(negatives);
        List<Paper> pool = new ArrayList<>(candidates.stream().filter(p -> !labelled.contains(p.id())).toList());
        Collections.shuffle(pool, random);
        List<Paper> background = pool.subList(0, Math.min(weights.background(), pool.size()));
        double each = background.isEmpty() ? 0 : Math.max(1.0, positives.size()) / background.size();
        List<LogisticRegression.Example> unread = new ArrayList<>();
        for (Paper p : background) {
            unread.add(example(p, vectors, tags, 0, each));
        }
        examples.addAll(unread);
        int dimension = PaperFeatures.dimension(examples.get(0).embedding().length);
        LogisticRegression regression = LogisticRegression.train(examples, dimension, L2, EPOCHS);
        // The lexical model sees every unread candidate as a negative, as arxiv-sanity's SVM sees a whole corpus:
        // sparse vectors make that cheap, and more negatives sharpen what is distinctive in the liked papers.
        SparseSvm svm = SparseSvm.train(positives.stream().map(lexical::vector).toList(), negatives.stream().map(lexical::vector).toList(),
                pool.stream().limit(LEXICAL_NEGATIVES).map(p -> lexical.vector(p.id())).toList(), random);
        double[] logits = unread.stream().mapToDouble(regression::logit).toArray();
        double[] margins = background.stream().mapToDouble(p -> svm.margin(lexical.vector(p.id()))).toArray();
        return new TasteModel(regression, svm, new double[] {mean(logits), spread(logits), mean(margins), spread(margins)});
    }

    /**
     * How much the channel's taste favours a paper on a scale fixed when the model was trained: each half's score in
     * standard deviations above the unread papers it was trained against, mixed as the ranking mixes them. Unlike a
     * score standardised across a day's candidates, it says whether a paper is good, not only whether it is the best
     * of the day, so the channel's bar can hold back a day without a good paper (docs/RECOMMENDING.md).
     */
    double evidence(double logit, double lexical, double lexicalShare) {
        return (1 - lexicalShare) * (logit - reference[0]) / reference[1] + lexicalShare * (lexical - reference[2]) / reference[3];
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(0);
    }

    /** The standard deviation, or 1 when the values do not vary (nothing to scale by). */
    private static double spread(double[] values) {
        double mean = mean(values);
        double sd = Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0));
        return sd < 1e-9 ? 1 : sd;
    }

    double logit(RankingFeatures features, int i) {
        return regression.logit(features, i);
    }

    double lexical(RankingFeatures features, int i) {
        return features.margin(i, svm);
    }

    private static LogisticRegression.Example example(Paper p, Map<String, float[]> vectors, Map<String, List<TagScore>> tags,
                                                      int label, double weight) {
        return new LogisticRegression.Example(vectors.get(p.id()), PaperFeatures.indicators(p, tags.getOrDefault(p.id(), List.of())),
                label, weight);
    }
}
