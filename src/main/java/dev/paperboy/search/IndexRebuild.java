package dev.paperboy.search;

import dev.paperboy.paper.Paper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilding the whole index from the database, page by page: on the caller's thread ({@code search --rebuild}) or
 * in the background when the index is stale. One at a time; a shutdown stops it at its next page (the next start
 * finishes the job); while it runs, searches carry a note of how far it got.
 */
final class IndexRebuild {

    /** What a rebuild needs of the indexer: papers as the index holds them, and the last commit at a change mark. */
    interface Writer {
        List<IndexedPaper> indexed(List<Paper> papers);

        /** Records {@code mark} as the last change the index holds, and commits. */
        void commitAt(long mark) throws IOException;
    }

    // Logged under the indexer's name, as these lines always were: a filter on logger=SearchIndexer still matches.
    private static final Logger log = LoggerFactory.getLogger("dev.paperboy.search.SearchIndexer");
    private static final int PAGE = 500;

    private final PaperIndex index;
    private final SearchCorpus corpus;
    private final Writer writer;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuilt = new AtomicLong();
    private volatile long rebuildTotal;
    private volatile boolean stopped;
    private volatile Thread background;

    IndexRebuild(PaperIndex index, SearchCorpus corpus, Writer writer) {
        this.index = index;
        this.corpus = corpus;
        this.writer = writer;
    }

    /** Whether a rebuild runs now (catching up waits for it: the rebuild reads every change anyway). */
    boolean running() {
        return rebuilding.get();
    }

    /** Rebuilds the whole index from the database; {@code progress} hears how many papers are done. */
    long run(LongConsumer progress) throws IOException {
        if (index.readOnlyView()) {
            throw new IllegalStateException("a running Paperboy holds the search index at " + index.where()
                    + " and keeps it in step with the database itself; stop it to rebuild the index");
        }
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("a rebuild is already running");
        }
        return claimed(progress);
    }

    /** Rebuilds on a background thread, unless a rebuild runs already; {@code why} is what made the index stale. */
    void inBackground(String why) {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        log.info("search index rebuild needed because {}", why);
        Thread t = new Thread(() -> {
            try {
                claimed(done -> { });
            } catch (IOException | RuntimeException e) {
                log.error("search index rebuild failed; `paperboy search --rebuild` retries it", e);
            }
        }, "search-rebuild");
        t.setDaemon(true);
        background = t;
        t.start();
    }

    private long claimed(LongConsumer progress) throws IOException {
        try {
            long started = System.nanoTime();
            // Changes made while the rebuild reads are after this mark, so catching up afterwards indexes them.
            long mark = corpus.lastChange();
            rebuildTotal = corpus.count();
            rebuilt.set(0);
            log.info("search index rebuild started papers={} index={}", rebuildTotal, index.where());
            index.clear();
            String after = "";
            long lastLog = System.nanoTime();
            while (true) {
                if (stopped) {
                    log.info("search index rebuild stopped by shutdown done={} total={}", rebuilt.get(), rebuildTotal);
                    return rebuilt.get();
                }
                List<Paper> page = corpus.page(after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                index.add(writer.indexed(page));
                after = page.get(page.size() - 1).id();
                long done = rebuilt.addAndGet(page.size());
                progress.accept(done);
                if (System.nanoTime() - lastLog > 10_000_000_000L) {
                    log.info("search index rebuild progress done={} total={}", done, rebuildTotal);
                    lastLog = System.nanoTime();
                }
            }
            log.info("search index rebuild merging segments papers={}", rebuilt.get());
            index.mergeSegments();
            index.refresh();
            writer.commitAt(mark);
            log.info("search index rebuild finished papers={} seconds={}", rebuilt.get(), (System.nanoTime() - started) / 1_000_000_000L);
            return rebuilt.get();
        } finally {
            rebuilding.set(false);
        }
    }

    /** While a rebuild runs: how far it got, for a note under search results. */
    Optional<String> progressNote() {
        if (!rebuilding.get()) {
            return Optional.empty();
        }
        return Optional.of("I'm rebuilding my search index (" + rebuilt.get() + " of " + rebuildTotal
                + " papers so far), so results may miss recent papers.");
    }

    /** Tells a rebuild to stop at its next page. */
    void stop() {
        stopped = true;
    }

    /** Waits (up to 30 s) for a background rebuild told to {@link #stop} to end. */
    void awaitStopped() {
        Thread t = background;
        if (t != null) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
