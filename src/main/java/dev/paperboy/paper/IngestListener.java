package dev.paperboy.paper;

import java.util.List;
import java.util.Map;

/**
 * Told about papers that ingest stored or changed, so tagging, embedding and indexing follow ingest without
 * this package knowing them.
 */
public interface IngestListener {

    /**
     * @param papers      the papers inserted or updated, as stored
     * @param curatorTags tags a human gave some of them (paper id to tag names), which override the machine's
     */
    void ingested(List<Paper> papers, Map<String, List<String>> curatorTags);

    /**
     * Work that can be done for papers before they are stored (embedding their texts, say), so that
     * {@link #ingested} finds it done. Ingest calls it on another thread while it stores and hands over the
     * previous papers, to keep both cores busy; it may come for papers that turn out unchanged, and must be
     * safe to run beside {@link #ingested}. Nothing depends on it: {@code ingested} still does what was not.
     */
    default void prepare(List<Paper> papers) {
    }

    /**
     * Once an ingest call has handed over all its papers (also when it failed half way): the place for work worth
     * doing once per call rather than per step of {@link IngestService#STEP} papers, such as making an index's
     * additions searchable and durable. When an ingest call returns, what it stored is visible everywhere.
     */
    default void finished() {
    }
}
