package dev.paperboy.search;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database: indexes what ingest stored (registered after the embedding
 * listener, so vectors are ready), making it searchable and durable once per ingest call rather than per step
 * (a refresh writes a segment and a commit syncs files: per step of 50 papers they were a fifth of ingest), and
 * catches up with changes any process recorded. It has the whole index rebuilt from the database ({@link IndexRebuild})
 * when the index is new, was built for another schema or model, or holds a different number of papers.
 */
public final class SearchIndexer implements IngestListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int CATCH_UP_BATCH = 2_000;
    private static final String WATERMARK = "changes";

    private final PaperIndex index;
    private final SearchCorpus corpus;
    private final TagLookup tags;
    private final Optional<EmbeddingService> embeddings;
    private final IndexRebuild rebuild;
    private volatile boolean closed;
    /** The last change to papers and tags this index holds; -1 until read from the index or the database. */
    private volatile long watermark = -1;
    private volatile ScheduledExecutorService catchingUp;
    /** Papers added by ingest and not yet refreshed and committed. */
    private final AtomicBoolean pending = new AtomicBoolean();

    public SearchIndexer(PaperIndex index, SearchCorpus corpus, TagLookup tags, Optional<EmbeddingService> embeddings) {
        this.index = index;
        this.corpus = corpus;
        this.tags = tags;
        this.embeddings = embeddings;
        this.rebuild = new IndexRebuild(index, corpus, new IndexRebuild.Writer() {
            @Override
            public List<IndexedPaper> indexed(List<Paper> papers) {
                return SearchIndexer.this.indexed(papers);
            }

            @Override
            public void commitAt(long mark) throws IOException {
                watermark = mark;
                index.commit(metadata());
            }
        });
    }

    @Override
    public void ingested(List<Paper> papers, Map<String, List<String>> curatorTags) {
        if (index.readOnlyView()) {
            return; // the process that writes the index catches up with these from the database
        }
        Map<String, Paper> changed = new LinkedHashMap<>();
        papers.forEach(p -> changed.put(p.id(), p));
        // A curator may tag a paper that is otherwise unchanged: its tags in the index must follow.
        List<String> retagged = curatorTags.keySet().stream().filter(id -> !changed.containsKey(id)).toList();
        if (!retagged.isEmpty()) {
            corpus.find(retagged).forEach(p -> changed.put(p.id(), p));
        }
        if (changed.isEmpty()) {
            return;
        }
        try {
            index.add(indexed(List.copyOf(changed.values())));
            pending.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException("search index update failed", e);
        }
    }

    /** Makes what this ingest call added searchable, and commits it: once per call. */
    @Override
    public void finished() {
        if (!pending.getAndSet(false)) {
            return;
        }
        try {
            index.refresh();
            index.commit(metadata());
        } catch (IOException e) {
            pending.set(true);
            throw new UncheckedIOException("search index update failed", e);
        }
    }

    /**
     * Indexes the papers changed since the last change this index holds, by any process on this database (another
     * instance's ingest, a curator's tag correction, {@code paperboy ingest} or {@code tag --retag}); returns how
     * many. Changes not yet settled are indexed now and again on the next call, so none committed late is missed.
     */
    public synchronized int catchUp() throws IOException {
        if (rebuild.running() || closed) {
            return 0;
        }
        long from = watermark();
        List<SearchCorpus.Change> changes = corpus.changesAfter(from, CATCH_UP_BATCH);
        if (changes.isEmpty()) {
            return 0;
        }
        Set<String> ids = new LinkedHashSet<>();
        long settled = from;
        boolean contiguous = true;
        for (SearchCorpus.Change c : changes) {
            ids.add(c.paperId());
            contiguous &= c.settled();
            if (contiguous) {
                settled = c.seq();
            }
        }
        List<Paper> papers = corpus.find(ids);
        if (!papers.isEmpty()) {
            index.put(indexed(papers));
        }
        if (settled != from || !papers.isEmpty()) {
            watermark = settled;
            index.commit(metadata());
        }
        log.debug("search index caught up papers={} watermark={}", papers.size(), settled);
        return papers.size();
    }

    /**
     * Calls {@link #catchUp()} every {@code every} on a background thread, until {@link #close()}. Where it starts
     * from is read now: the index's own mark, or for an index that never kept one, the database's last change.
     */
    public void catchUpEvery(Duration every) throws IOException {
        watermark();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-catch-up");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                catchUp();
            } catch (IOException | RuntimeException e) {
                log.warn("search index catch-up failed; retrying in {} s: {}", every.toSeconds(), e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        catchingUp = timer;
    }

    /** From the index's last commit; an index that never recorded one holds what the database holds now. */
    private long watermark() throws IOException {
        if (watermark < 0) {
            String stored = index.metadata().get(WATERMARK);
            watermark = stored != null ? Long.parseLong(stored) : corpus.lastChange();
        }
        return watermark;
    }

    /** Why the index must be rebuilt, or empty when it matches the database. */
    public Optional<String> staleness() throws IOException {
        if (index.readOnlyView()) {
            return Optional.empty(); // the process that writes it keeps it in step
        }
        Map<String, String> meta = index.metadata();
        long papers = corpus.count();
        if (meta.isEmpty()) {
            return papers == 0 ? Optional.empty() : Optional.of("the index is new");
        }
        if (!PaperIndex.SCHEMA.equals(meta.get("schema"))) {
            return Optional.of("the index was built by another version of Paperboy");
        }
        if (!model().equals(meta.get("model"))) {
            return Optional.of("the index was built with embedding model " + meta.get("model") + ", not " + model());
        }
        int indexed = index.count();
        return indexed == papers ? Optional.empty() : Optional.of("the index holds " + indexed + " papers, the database " + papers);
    }

    /** Rebuilds the whole index from the database; {@code progress} hears how many papers are done. */
    public long rebuild(LongConsumer progress) throws IOException {
        return rebuild.run(progress);
    }

    /**
     * Rebuilds on a background thread when the index is stale. Searches meanwhile answer from the index as it was
     * (for a new index: nothing), with a note, and see the rebuilt one at once when it is done.
     */
    public void rebuildInBackgroundIfStale() {
        Optional<String> why;
        try {
            why = staleness();
        } catch (IOException e) {
            log.error("cannot read the search index; search may miss papers", e);
            return;
        }
        if (why.isEmpty()) {
            return;
        }
        rebuild.inBackground(why.get());
    }

    /** While a rebuild runs: how far it got, for a note under search results. */
    public Optional<String> progressNote() {
        return rebuild.progressNote();
    }

    /** Stops a background rebuild at its next page (the next start finishes the job). */
    @Override
    public void close() {
        closed = true;
        rebuild.stop();
        ScheduledExecutorService timer = catchingUp;
        if (timer != null) {
            timer.shutdownNow();
        }
        rebuild.awaitStopped();
    }

    private List<IndexedPaper> indexed(List<Paper> papers) {
        List<String> ids = papers.stream().map(Paper::id).toList();
        Map<String, List<String>> tagNames = tags.tagsOf(ids);
        Map<String, float[]> vectors = Map.of();
        if (embeddings.isPresent()) {
            Map<String, String> texts = new LinkedHashMap<>();
            papers.forEach(p -> texts.put(p.id(), p.text()));
            vectors = embeddings.get().vectors(texts);
        }
        List<IndexedPaper> out = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            out.add(new IndexedPaper(p, tagNames.getOrDefault(p.id(), List.of()), vectors.get(p.id())));
        }
        return out;
    }

    private Map<String, String> metadata() throws IOException {
        watermark();
        return watermark < 0 ? Map.of("schema", PaperIndex.SCHEMA, "model", model())
                : Map.of("schema", PaperIndex.SCHEMA, "model", model(), WATERMARK, Long.toString(watermark));
    }

    private String model() {
        return embeddings.map(e -> e.embedder().model()).orElse("none");
    }
}
