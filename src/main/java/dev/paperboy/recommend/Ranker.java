package dev.paperboy.recommend;

import java.util.List;

/** Orders a channel's candidates and returns the best {@code size} of them, best first. */
public interface Ranker {

    List<Pick> rank(RankRequest request);

    /**
     * Gets ready to rank this request soon (a learned ranker trains the channel's model), so that the digest
     * itself does not wait for it. Rankers that learn nothing do nothing.
     */
    default void prepare(RankRequest request) {
    }

    /**
     * Ranks a request made to explain papers ({@code /papers why}); unlike {@link #rank} it must leave nothing behind
     * that a later digest would read. Rankers that keep nothing just rank.
     */
    default List<Pick> explain(RankRequest request) {
        return rank(request);
    }
}
