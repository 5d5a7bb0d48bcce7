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

    /**
     * Keeps what a source says beyond the paper record, merged with what was kept before (see
     * {@link PaperExtras#mergedWith}). The paper must be stored already. Stores that keep no extras (test
     * fakes) ignore them.
     */
    default void mergeExtras(PaperExtras extras) {
    }

    /** What sources said beyond the paper record, when any did. */
    default Optional<PaperExtras> extras(String id) {
        return Optional.empty();
    }

    /** Hugging Face's one-line AI summary of the paper, when it has one: a summary ready to post. */
    default Optional<String> aiSummary(String id) {
        return extras(id).map(PaperExtras::aiSummary).filter(s -> !s.isBlank());
    }

    /**
     * Every titled paper's title by id: what a reading list's entries without an id are matched against. Stores
     * with many papers answer it in one read.
     */
    default java.util.Map<String, String> titles() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        findAll(ids()).stream().filter(p -> !p.title().isBlank()).forEach(p -> out.put(p.id(), p.title()));
        return out;
    }

    /** Every stored paper's id, in id order: for jobs that revisit them all, such as re-tagging. */
    List<String> ids();
}
