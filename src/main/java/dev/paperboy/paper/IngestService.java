package dev.paperboy.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a batch of papers, one row per versionless id, and tells the listeners what changed. A later version
 * updates the paper; whether a channel has seen it is kept elsewhere and never reset here.
 */
public final class IngestService {

    /** What one ingest did, for a progress line or a reply. */
    public record Result(int inserted, int updated, int unchanged, List<String> skipped) {
        public String describe() {
            return inserted + " new, " + updated + " updated, " + unchanged + " unchanged"
                    + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final PaperStore papers;
    private final List<IngestListener> listeners;

    public IngestService(PaperStore papers, List<IngestListener> listeners) {
        this.papers = papers;
        this.listeners = List.copyOf(listeners);
    }

    public Result ingest(PaperBatch batch) {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        List<Paper> changed = new ArrayList<>();
        for (Paper paper : batch.papers()) {
            switch (papers.upsert(paper)) {
                case INSERTED -> {
                    inserted++;
                    changed.add(paper);
                }
                case UPDATED -> {
                    updated++;
                    changed.add(paper);
                }
                case UNCHANGED -> unchanged++;
            }
        }
        java.util.Set<String> inBatch = batch.papers().stream().map(Paper::id).collect(Collectors.toSet());
        for (PaperExtras extras : batch.extras().values()) {
            if (!extras.isEmpty() && inBatch.contains(extras.paperId())) {
                papers.mergeExtras(extras);
            }
        }
        for (String reason : batch.skipped()) {
            log.warn("ingest skipped an entry: {}", reason);
        }
        Map<String, List<String>> tags = batch.curatorTags();
        if (!changed.isEmpty() || !tags.isEmpty()) {
            List<Paper> stored = changed.isEmpty() ? List.of() : papers.findAll(changed.stream().map(Paper::id)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
            for (IngestListener listener : listeners) {
                listener.ingested(stored, tags);
            }
        }
        return new Result(inserted, updated, unchanged, batch.skipped());
    }
}
