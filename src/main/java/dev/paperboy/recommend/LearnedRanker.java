package dev.paperboy.recommend;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.Vectors;
import dev.paperboy.feedback.Opinion;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The {@code learned} ranker. Each channel's taste is a logistic regression on paper features (sentence
 * embedding, arXiv categories, tags) trained on what its members liked, saved or seeded against what they
 * disliked plus a sample of unlabelled candidates as weak negatives; a TF-IDF Rocchio profile adds the
 * words the embedding cannot read. With little feedback, tag relevance, popularity and freshness carry the
 * ranking; taste takes over as feedback grows. Near duplicates are kept apart, and a small share of slots goes
 * to papers the model is least sure of, so it learns where its boundary is.
 */
public final class LearnedRanker implements Ranker {

    /** Feedback count at which taste gets half its full weight. */
    private static final double TASTE_RAMP = 4.0;

    private final EmbeddingService embeddings;
    private final PaperStore papers;
    private final TagStore tagStore;
    private final RankingWeights weights;
    private final long seed;
    private final LexicalProfile lexical = new LexicalProfile();

    public LearnedRanker(EmbeddingService embeddings, PaperStore papers, TagStore tagStore, RankingWeights weights, long seed) {
        this.embeddings = embeddings;
        this.papers = papers;
        this.tagStore = tagStore;
        this.weights = weights;
        this.seed = seed;
    }

    @Override
    public List<Pick> rank(RankRequest request) {
        List<Paper> candidates = request.candidates();
        Random random = new Random(seed * 31 + request.channelId() * 1_000_003L
                + request.now().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay());
        Labels labels = labels(request);
        Map<String, Paper> labelled = new LinkedHashMap<>();
        Set<String> candidateIds = new HashSet<>();
        candidates.forEach(p -> candidateIds.add(p.id()));
        List<String> missing = labels.all().stream().filter(id -> !candidateIds.contains(id)).toList();
        papers.findAll(missing).forEach(p -> labelled.put(p.id(), p));
        Map<String, List<TagScore>> tags = new HashMap<>(request.tags());
        tags.putAll(tagStore.effectiveTags(labelled.keySet()));

        Map<String, String> texts = new LinkedHashMap<>();
        candidates.forEach(p -> texts.put(p.id(), p.text()));
        labelled.values().forEach(p -> texts.put(p.id(), p.text()));
        Map<String, float[]> vectors = embeddings.vectors(texts);
        lexical.observe(candidates);
        lexical.observe(labelled.values());

        Map<String, Paper> byId = new HashMap<>(labelled);
        candidates.forEach(p -> byId.put(p.id(), p));
        List<String> positives = labels.positive().stream().filter(byId::containsKey).toList();
        List<String> negatives = labels.negative().stream().filter(byId::containsKey).toList();

        int n = candidates.size();
        double[] taste = new double[n];
        double[] probability = new double[n];
        java.util.Arrays.fill(probability, 0.5);
        double confidence = 0;
        if (!positives.isEmpty()) {
            TasteModel model = TasteModel.train(positives, negatives, candidates, byId, tags, vectors, lexical, weights, random);
            double[] logit = new double[n];
            double[] lex = new double[n];
            for (int i = 0; i < n; i++) {
                Paper p = candidates.get(i);
                logit[i] = model.logit(features(p, vectors, tags));
                probability[i] = LogisticRegression.sigmoid(logit[i]);
                lex[i] = model.lexical(p.id());
            }
            double[] zl = Standard.z(logit);
            double[] zx = Standard.z(lex);
            for (int i = 0; i < n; i++) {
                taste[i] = (1 - weights.lexical()) * zl[i] + weights.lexical() * zx[i];
            }
            int feedback = positives.size() + negatives.size();
            confidence = feedback / (feedback + TASTE_RAMP);
        }
        double[] tagRelevance = new double[n];
        double[] popularity = new double[n];
        double[] freshness = new double[n];
        for (int i = 0; i < n; i++) {
            Paper p = candidates.get(i);
            tagRelevance[i] = tags.getOrDefault(p.id(), List.of()).stream()
                    .filter(t -> request.subscribedTags().contains(t.tag())).mapToDouble(TagScore::confidence).sum();
            popularity[i] = Math.log1p(p.upvotes());
            double ageDays = Math.max(0, Duration.between(p.published(), request.now()).toHours() / 24.0);
            freshness[i] = Math.exp(-ageDays / 7.0);
        }
        double[] score = new double[n];
        double[] zTaste = Standard.z(taste);
        double[] zTags = Standard.z(tagRelevance);
        double[] zPop = Standard.z(popularity);
        double[] zFresh = Standard.z(freshness);
        for (int i = 0; i < n; i++) {
            score[i] = weights.taste() * confidence * zTaste[i] + weights.tags() * zTags[i]
                    + weights.popularity() * zPop[i] + weights.freshness() * zFresh[i];
        }
        return new DigestComposer(request, candidates, vectors, tags, byId, positives, score, probability, weights, random)
                .compose(!positives.isEmpty());
    }

    private static float[] features(Paper p, Map<String, float[]> vectors, Map<String, List<TagScore>> tags) {
        return PaperFeatures.of(vectors.get(p.id()), p, tags.getOrDefault(p.id(), List.of()));
    }

    /** What members said: liked, saved or seeded papers are positive; disliked ones negative. */
    record Labels(List<String> positive, List<String> negative) {
        List<String> all() {
            List<String> all = new ArrayList<>(positive);
            all.addAll(negative);
            return all;
        }
    }

    static Labels labels(RankRequest request) {
        List<String> positive = new ArrayList<>(new java.util.TreeSet<>(request.seeds()));
        List<String> negative = new ArrayList<>();
        request.opinions().values().stream().sorted(Comparator.comparing(Opinion::paperId)).forEach(o -> {
            if (o.liked() && !positive.contains(o.paperId())) {
                positive.add(o.paperId());
            } else if (o.disliked()) {
                negative.add(o.paperId());
            }
        });
        return new Labels(positive, negative);
    }

    /** Cosine of two stored vectors, or 0 when one is missing. */
    static double cosine(Map<String, float[]> vectors, String a, String b) {
        float[] x = vectors.get(a);
        float[] y = vectors.get(b);
        return x == null || y == null ? 0 : Vectors.dot(x, y);
    }
}
