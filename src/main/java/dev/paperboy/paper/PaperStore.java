package dev.paperboy.paper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where papers live. One row per versionless id. */
public interface PaperStore {

    /** What an upsert did. */
    enum Outcome { INSERTED, UPDATED, UNCHANGED }

    /**
     * Inserts the paper, or updates the stored one when this copy is a later version or carries more (a title
     * where there was none, more upvotes). Never changes whether any channel has seen it.
     */
    Outcome upsert(Paper paper);

    Optional<Paper> find(String id);

    List<Paper> findAll(Collection<String> ids);

    long count();

    /** Every stored paper's id, in id order: for jobs that revisit them all, such as re-tagging. */
    List<String> ids();
}
