package dev.paperboy.search;

import dev.paperboy.paper.Paper;
import java.util.Collection;
import java.util.List;

/** Every paper Paperboy has read, as the database holds them: what the index is rebuilt from. */
public interface SearchCorpus {

    long count();

    /** Up to {@code limit} papers with ids after {@code afterId} (empty string: from the start), in id order. */
    List<Paper> page(String afterId, int limit);

    /** The papers with these ids that exist. */
    List<Paper> find(Collection<String> ids);

    /**
     * A change to a paper or its tags, numbered in the order changes were recorded. {@code settled} when it was
     * recorded long enough ago that no change numbered before it can still be uncommitted.
     */
    record Change(long seq, String paperId, boolean settled) {
    }

    /** The number of the last change recorded, 0 when none was (a corpus that never changes records none). */
    default long lastChange() {
        return 0;
    }

    /** Up to {@code limit} changes numbered after {@code seq}, in order. */
    default List<Change> changesAfter(long seq, int limit) {
        return List.of();
    }
}
