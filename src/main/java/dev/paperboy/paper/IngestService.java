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

    static final int MAX_TITLE = 1_000;
    static final int MAX_ABSTRACT = 10_000;
    static final int MAX_AUTHORS = 500;
    static final int MAX_AUTHOR_CHARS = 19_000;

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
        List<String> skipped = new ArrayList<>(batch.skipped());
        for (Paper raw : batch.papers()) {
            Paper paper = clip(raw);
            PaperStore.Outcome outcome;
            try {
                outcome = papers.upsert(paper);
            } catch (RuntimeException e) {
                skipped.add(paper.id() + ": could not be stored (" + e.getMessage() + ")");
                continue;
            }
            switch (outcome) {
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
        for (String reason : skipped) {
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
        return new Result(inserted, updated, unchanged, skipped);
    }

    /**
     * Keeps fields within what any paper needs (an abstract is a few thousand characters; a longer one is a full
     * text pasted by mistake), so one malformed entry cannot fail the batch.
     */
    static Paper clip(Paper p) {
        if (p.title().length() <= MAX_TITLE && p.abstractText().length() <= MAX_ABSTRACT && p.authors().size() <= MAX_AUTHORS
                && String.join("\n", p.authors()).length() <= MAX_AUTHOR_CHARS) {
            return p;
        }
        log.warn("ingest clipped oversized fields of {} (title {} chars, abstract {} chars, {} authors)", p.id(),
                p.title().length(), p.abstractText().length(), p.authors().size());
        List<String> authors = new ArrayList<>();
        int chars = 0;
        for (String a : p.authors()) {
            String name = a.length() > 200 ? a.substring(0, 200) : a;
            if (authors.size() >= MAX_AUTHORS || chars + name.length() + 1 > MAX_AUTHOR_CHARS) {
                break;
            }
            authors.add(name);
            chars += name.length() + 1;
        }
        return new Paper(p.id(), cut(p.title(), MAX_TITLE), cut(p.abstractText(), MAX_ABSTRACT), authors, p.categories(),
                p.published(), p.upvotes(), p.version(), p.source());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
