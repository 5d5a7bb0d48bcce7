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

/** One channel's learned taste: the logistic regression and the lexical profile, trained together. */
final class TasteModel {

    private static final double L2 = 1e-3;
    private static final int EPOCHS = 120;

    private final LogisticRegression regression;
    private final Map<String, Float> profile;
    private final LexicalProfile lexical;

    private TasteModel(LogisticRegression regression, Map<String, Float> profile, LexicalProfile lexical) {
        this.regression = regression;
        this.profile = profile;
        this.lexical = lexical;
    }

    static TasteModel train(List<String> positives, List<String> negatives, List<Paper> candidates, Map<String, Paper> byId,
                            Map<String, List<TagScore>> tags, Map<String, float[]> vectors, LexicalProfile lexical,
                            RankingWeights weights, Random random) {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (String id : positives) {
            examples.add(new LogisticRegression.Example(features(byId.get(id), vectors, tags), 1, 1.0));
        }
        for (String id : negatives) {
            examples.add(new LogisticRegression.Example(features(byId.get(id), vectors, tags), 0, 1.0));
        }
        // Unlabelled candidates as weak negatives: most of what arrives is not what a channel wants. Together they
        // weigh as much as the positives, so a handful of seeds is not drowned.
        Set<String> labelled = new HashSet<>(positives);
        labelled.addAll(negatives);
        List<Paper> pool = new ArrayList<>(candidates.stream().filter(p -> !labelled.contains(p.id())).toList());
        Collections.shuffle(pool, random);
        List<Paper> background = pool.subList(0, Math.min(weights.background(), pool.size()));
        double each = background.isEmpty() ? 0 : Math.max(1.0, positives.size()) / background.size();
        for (Paper p : background) {
            examples.add(new LogisticRegression.Example(features(p, vectors, tags), 0, each));
        }
        int dimension = examples.get(0).x().length;
        LogisticRegression regression = LogisticRegression.train(examples, dimension, L2, EPOCHS);
        return new TasteModel(regression, lexical.profile(positives, negatives), lexical);
    }

    double logit(float[] features) {
        return regression.logit(features);
    }

    double probability(float[] features) {
        return regression.probability(features);
    }

    double lexical(String paperId) {
        return LexicalProfile.similarity(profile, lexical.vector(paperId));
    }

    private static float[] features(Paper p, Map<String, float[]> vectors, Map<String, List<TagScore>> tags) {
        return PaperFeatures.of(vectors.get(p.id()), p, tags.getOrDefault(p.id(), List.of()));
    }
}
