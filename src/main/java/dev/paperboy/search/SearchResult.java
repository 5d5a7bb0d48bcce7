package dev.paperboy.search;

import java.util.List;
import java.util.Optional;

/**
 * What a search found, best first.
 *
 * @param ranking  how the hits were ordered
 * @param matching for filter-only searches, how many papers match in all (otherwise the number of hits)
 * @param note     something the user should know, e.g. that the index is still being rebuilt
 */
public record SearchResult(List<SearchHit> hits, Ranking ranking, long matching, Optional<String> note) {

    /** How a result list is ordered. */
    public enum Ranking {
        /** Words (BM25) and meaning (vectors) fused. */
        HYBRID,
        /** Words only: BM25. */
        WORDS,
        /** Closest in meaning to one paper ({@code like:}). */
        SIMILAR,
        /** Only filters were given: newest first. */
        NEWEST
    }

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
