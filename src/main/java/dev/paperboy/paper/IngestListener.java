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
}
