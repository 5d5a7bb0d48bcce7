package dev.paperboy.recommend;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.Paper;
import dev.paperboy.search.PaperFilter;
import dev.paperboy.search.PaperTerms;
import dev.paperboy.tag.TagScore;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word follows by meaning: a follow with words ({@code follow "diffusion policy"}) also matches a paper whose MiniLM
 * sentence vector is within cosine {@link #THRESHOLD} of the follow's words, when the follow's filters ({@code tag:}
 * {@code author:} {@code cat:}) hold for it. So a paper that says the follow's words otherwise is a candidate too.
 * Mutes never match by meaning: a mute keeps papers out, and keeping one out for sounding alike would be a surprise.
 * The threshold was chosen by reading which papers fall in each band of cosine on the dev listings (docs/SEARCH.md).
 */
public final class FollowMeaning {

    /** Cosine between a paper's vector and the follow's words at which the paper matches by meaning. */
    public static final double THRESHOLD = 0.45;
    /** Follows whose words' vectors are kept; beyond it the cache starts again (a vector costs 1.5 KB). */
    private static final int KEPT = 10_000;

    private record VectorsKey() {
    }

    private record BitsKey(FollowMeaning meaning, PaperFilter follow) {
    }

    private static final VectorsKey VECTORS = new VectorsKey();

    private final Optional<EmbeddingService> embeddings;
    private final double threshold;
    private final Map<String, float[]> queries = new ConcurrentHashMap<>();

    public FollowMeaning(Optional<EmbeddingService> embeddings, double threshold) {
        this.embeddings = embeddings;
        this.threshold = threshold;
    }

    /** Follows match by their words only (no embeddings configured). */
    public static FollowMeaning wordsOnly() {
        return new FollowMeaning(Optional.empty(), THRESHOLD);
    }

    /** The slots of {@code s} that {@code follow} matches by meaning (its words may not occur); shared, never to be changed. */
    BitSet of(PoolSnapshot s, PaperFilter follow) {
        if (embeddings.isEmpty() || !follow.hasWords()) {
            return new BitSet();
        }
        List<PaperTerms> terms = FollowBits.terms(s);
        Map<String, float[]> vectors = s.derived(VECTORS, snap -> embeddings.get().known(snap.papers.stream().map(Paper::id).toList()));
        return s.derived(new BitsKey(this, follow), snap -> {
            float[] query = query(follow);
            BitSet out = new BitSet(snap.papers.size());
            for (int i = 0; i < snap.papers.size(); i++) {
                float[] v = vectors.get(snap.papers.get(i).id());
                if (v != null && cosine(v, query) >= threshold
                        && follow.filtersHold(terms.get(i), snap.tags.get(i).stream().map(TagScore::tag).toList())) {
                    out.set(i);
                }
            }
            return out;
        });
    }

    /** Whether one paper, outside any pool load, matches {@code follow} by meaning. */
    boolean matches(PaperFilter follow, Paper paper, List<TagScore> tags) {
        if (embeddings.isEmpty() || !follow.hasWords()) {
            return false;
        }
        float[] v = embeddings.get().known(List.of(paper.id())).get(paper.id());
        return v != null && cosine(v, query(follow)) >= threshold
                && follow.filtersHold(PaperTerms.of(paper), tags.stream().map(TagScore::tag).toList());
    }

    private float[] query(PaperFilter follow) {
        String text = follow.wordsText();
        if (queries.size() > KEPT) {
            queries.clear();
        }
        return queries.computeIfAbsent(text, t -> embeddings.orElseThrow().embedText(t));
    }

    /** Vectors are unit length: the dot product is the cosine. */
    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * b[k];
        }
        return dot;
    }
}
