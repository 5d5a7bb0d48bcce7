package dev.paperboy.recommend;

import dev.paperboy.embed.EmbeddingService;
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
 * disliked plus a sample of unlabelled candidates as weak negatives; a linear SVM on TF-IDF vectors adds the
 * words the embedding cannot read. With little feedback, tag relevance, popularity and freshness carry the
 * ranking; taste takes over as feedback grows. Near duplicates are kept apart, and a small share of slots goes
 * to papers the model is least sure of, so it learns where its boundary is.
 *
 * <p>A channel's model is kept until its feedback changes ({@link #prepare} trains it ahead of a digest), and
 * the candidates' features are derived once per load of the candidate pool, so ranking a digest is arithmetic
 * over a few arrays (docs/PERFORMANCE.md).
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
    private final Map<Long, Trained> models = new java.util.concurrent.ConcurrentHashMap<>();

    public LearnedRanker(EmbeddingService embeddings, PaperStore papers, TagStore tagStore, RankingWeights weights, long seed) {
        this.embeddings = embeddings;
        this.papers = papers;
        this.tagStore = tagStore;
        this.weights = weights;
        this.seed = seed;
    }

    @Override
    public List<Pick> rank(RankRequest request) {
        Random random = random(request);
        RankingFeatures features = features(request);
        Labels labels = labels(request);
        return score(request, features, labels.positive().isEmpty() ? null : trained(request, labels, random), random);
    }

    /**
     * Ranks as the channel's digest would, with the model its digests use when it fits what members said, else with
     * one trained for this answer and dropped: explaining a paper never changes what the channel is shown.
     */
    @Override
    public List<Pick> explain(RankRequest request) {
        Random random = random(request);
        RankingFeatures features = features(request);
        Labels labels = labels(request);
        Trained kept = models.get(request.channelId());
        Trained model = labels.positive().isEmpty() ? null
                : kept != null && kept.labels().equals(labels) ? kept : train(request, labels, random);
        return score(request, features, model, random);
    }

    private Random random(RankRequest request) {
        return new Random(seed * 31 + request.channelId() * 1_000_003L
                + request.now().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay());
    }

    private List<Pick> score(RankRequest request, RankingFeatures features, Trained trained, Random random) {
        List<Paper> candidates = request.candidates();
        List<String> positives = trained == null ? List.of() : trained.positives();

        int n = candidates.size();
        double[] taste = new double[n];
        double[] probability = new double[n];
        java.util.Arrays.fill(probability, 0.5);
        double[] evidence = new double[n];
        java.util.Arrays.fill(evidence, Double.NaN);
        double confidence = 0;
        if (trained != null) {
            double[] logit = new double[n];
            double[] lex = new double[n];
            for (int i = 0; i < n; i++) {
                logit[i] = trained.model().logit(features, i);
                probability[i] = LogisticRegression.sigmoid(logit[i]);
                lex[i] = trained.model().lexical(features, i);
                evidence[i] = trained.model().evidence(logit[i], lex[i], weights.lexical());
            }
            double[] zl = Standard.z(logit);
            double[] zx = Standard.z(lex);
            for (int i = 0; i < n; i++) {
                taste[i] = (1 - weights.lexical()) * zl[i] + weights.lexical() * zx[i];
            }
            int feedback = positives.size() + trained.negatives();
            confidence = feedback / (feedback + TASTE_RAMP);
        }
        double[] tagRelevance = new double[n];
        double[] popularity = new double[n];
        double[] freshness = new double[n];
        long now = request.now().getEpochSecond();
        for (int i = 0; i < n; i++) {
            double relevance = 0;
            for (TagScore t : features.tags(i)) {
                if (request.subscribedTags().contains(t.tag())) {
                    relevance += t.confidence();
                }
            }
            tagRelevance[i] = relevance;
            popularity[i] = Math.log1p(features.upvotes(i));
            double ageDays = Math.max(0, (now - features.publishedSecond(i)) / 3600 / 24.0);
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
        Map<String, float[]> positiveVectors = trained == null ? Map.of() : trained.positiveVectors();
        Map<String, String> titles = trained == null ? Map.of() : trained.titles();
        return new DigestComposer(request, candidates, features, positiveVectors, request.tags(), titles, positives, score,
                probability, evidence, weights, random).compose(trained != null);
    }

    @Override
    public void prepare(RankRequest request) {
        Labels labels = labels(request);
        if (!labels.positive().isEmpty() && !request.candidates().isEmpty()) {
            trained(request, labels, random(request));
        }
    }

    /**
     * The candidates' features: from what this ranker derived once for the current load of the candidate pool when
     * the candidates come from it, else made now.
     */
    private RankingFeatures features(RankRequest request) {
        if (request.slots() != null) {
            return request.slots().snapshot().derived(this, s -> {
                RankingFeatures all = RankingFeatures.of(s.papers(), s.tags(), vectors(s.papers()), lexical);
                // Words of papers that left the pool are forgotten; liked ones are read again when a model trains.
                lexical.retain(s.papers().stream().map(Paper::id).collect(java.util.stream.Collectors.toSet()));
                return all;
            }).select(request.slots().indices());
        }
        List<List<TagScore>> tags = request.candidates().stream().map(p -> request.tags().getOrDefault(p.id(), List.of())).toList();
        return RankingFeatures.of(request.candidates(), tags, vectors(request.candidates()), lexical);
    }

    /** How many channels' models are kept (one each; a model costs about 100 KB). */
    int models() {
        return models.size();
    }

    /**
     * The channel's model, trained again only when what its members said changed since it was last trained: a
     * channel without new reactions is planned from the model it has, so a morning of quiet channels trains nothing.
     */
    private Trained trained(RankRequest request, Labels labels, Random random) {
        Trained cached = models.get(request.channelId());
        if (cached != null && cached.labels().equals(labels)
                && (cached.unknownLabels() == 0 || cached.documents() == lexical.documents())) {
            return cached;
        }
        Trained trained = train(request, labels, random);
        if (trained != null) {
            models.put(request.channelId(), trained);
        }
        return trained;
    }

    /** A model of what members said, trained against the request's candidates; kept by no one. */
    private Trained train(RankRequest request, Labels labels, Random random) {
        List<Paper> candidates = request.candidates();
        Map<String, Paper> byId = new HashMap<>();
        candidates.forEach(p -> byId.put(p.id(), p));
        Map<String, float[]> vectors = vectors(candidates);
        lexical.observe(candidates);
        List<String> missing = labels.all().stream().filter(id -> !byId.containsKey(id)).toList();
        List<Paper> labelled = papers.findAll(missing);
        labelled.forEach(p -> byId.put(p.id(), p));
        Map<String, List<TagScore>> tags = new HashMap<>(request.tags());
        tags.putAll(tagStore.effectiveTags(labelled.stream().map(Paper::id).toList()));
        Map<String, float[]> all = new HashMap<>(vectors);
        all.putAll(vectors(labelled));
        lexical.observe(labelled);
        List<String> positives = labels.positive().stream().filter(byId::containsKey).toList();
        List<String> negatives = labels.negative().stream().filter(byId::containsKey).toList();
        if (positives.isEmpty()) {
            return null; // liked papers not ingested yet: nothing to learn from
        }
        TasteModel model = TasteModel.train(positives, negatives, candidates, byId, tags, all, lexical, weights, random);
        Map<String, float[]> positiveVectors = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (String id : positives) {
            positiveVectors.put(id, all.get(id));
            titles.put(id, byId.get(id).displayTitle());
        }
        int unknown = labels.all().size() - positives.size() - negatives.size();
        return new Trained(labels, unknown, lexical.documents(), positives, negatives.size(), model, positiveVectors, titles);
    }

    /** Sentence vectors of papers: those already known without building their texts, the others embedded. */
    private Map<String, float[]> vectors(List<Paper> list) {
        Map<String, float[]> out = embeddings.known(list.stream().map(Paper::id).toList());
        if (out.size() < list.size()) {
            Map<String, String> texts = new LinkedHashMap<>();
            list.stream().filter(p -> !out.containsKey(p.id())).forEach(p -> texts.put(p.id(), p.text()));
            out.putAll(embeddings.vectors(texts));
        }
        return out;
    }

    /**
     * A channel's model and what it was trained on. When some labelled papers were not ingested yet, it is
     * trained again once more papers have been read, as they may be among them.
     */
    private record Trained(Labels labels, int unknownLabels, int documents, List<String> positives, int negatives, TasteModel model,
                           Map<String, float[]> positiveVectors, Map<String, String> titles) {
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


}
