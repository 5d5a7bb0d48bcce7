package dev.paperboy.search;

import dev.paperboy.embed.EmbeddingService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rankings the default was chosen among, each as a search service over the same index, for
 * {@code paperboy eval search} to compare side by side in one run.
 */
public final class RankingVariants {

    /** The name of the ranking users get. */
    public static final String CHOSEN = "hybrid, adaptive (chosen)";

    private RankingVariants() {
    }

    /** Name to service; "BM25 alone" is measured with {@link SearchService#searchWords}. */
    public static Map<String, SearchService> all(PaperIndex index, TagLookup tags, SearchIndexer indexer, EmbeddingService embeddings) {
        Optional<EmbeddingService> e = Optional.of(embeddings);
        Map<String, SearchService> out = new LinkedHashMap<>();
        out.put("meaning alone (cosine)", new SearchService(index, tags, indexer, e, Fusion.linear(1.0), HybridRanker.FLOOR));
        out.put("reciprocal rank fusion (k=60)", new SearchService(index, tags, indexer, e, Fusion.reciprocalRank(60), HybridRanker.FLOOR));
        out.put("hybrid, fixed 0.5 / 0.5", new SearchService(index, tags, indexer, e, Fusion.linear(0.5), HybridRanker.FLOOR));
        out.put("hybrid, fixed 0.3 meaning", new SearchService(index, tags, indexer, e, Fusion.linear(0.3), HybridRanker.FLOOR));
        out.put(CHOSEN, new SearchService(index, tags, indexer, e));
        return out;
    }
}
