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
}
