package dev.paperboy.paper.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcPaperStore;
import dev.paperboy.store.JdbcSourceRunStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping the bot during a fetch: a run waiting on a site ends at once, a run storing a batch stores all of it
 * first, nothing more is fetched, and the run does not count as complete, so its days are fetched again.
 */
class SourceIngestStopTest {

    private final Clock clock = Clock.systemUTC();
    private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
    private final PaperStore papers = new JdbcPaperStore(db.dataSource(), clock);
    private final SourceRunStore runs = new JdbcSourceRunStore(db.dataSource());

    @AfterEach
    void close() {
        db.close();
    }

    private static PaperBatch batch(String prefix, int count) {
        List<Paper> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Paper(prefix + i, "Paper " + prefix + i, "An abstract about " + prefix + i + ".", List.of("A. Author"),
                    List.of("cs.LG"), Instant.now(), 0, 1, "test"));
        }
        return new PaperBatch(PaperFormat.JSON_LINES, list, Map.of(), Optional.empty(), List.of());
    }

    /** A source that delivers its pages one after another, and waits on its site before each next page. */
    private static final class PagedSource implements PaperSource {
        final String name;
        final List<PaperBatch> pages;
        final CountDownLatch waiting = new CountDownLatch(1);
        final AtomicInteger fetches = new AtomicInteger();
        final Duration siteWait;

        PagedSource(String name, Duration siteWait, PaperBatch... pages) {
            this.name = name;
            this.siteWait = siteWait;
            this.pages = List.of(pages);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public FetchReport fetch(LocalDate since, LocalDate until, Sink sink) {
            fetches.incrementAndGet();
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    waiting.countDown();
                    try {
                        Thread.sleep(siteWait.toMillis()); // as PoliteHttp waits between requests
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new FetchReport(i, List.of("page " + (i + 1) + ": interrupted while waiting to fetch"));
                    }
                }
                sink.accept("page " + (i + 1), pages.get(i));
            }
            return new FetchReport(pages.size(), List.of());
        }
    }

    private SourceIngest ingest(List<IngestListener> listeners, PaperSource... sources) {
        List<SourceIngest.Configured> configured = new ArrayList<>();
        for (PaperSource s : sources) {
            configured.add(new SourceIngest.Configured(s, true, EnumSet.allOf(DayOfWeek.class), 2));
        }
        return new SourceIngest(configured, new IngestService(papers, listeners, clock), runs, clock);
    }

    @Test
    void givenAFetchWaitingOnItsSite_whenTheBotStops_thenTheRunEndsAtOnceKeepingWhatItStoredAndIsFetchedAgainNextTime() throws Exception {
        PagedSource slow = new PagedSource("slow", Duration.ofMinutes(1), batch("2601.1", 3), batch("2601.2", 3));
        PagedSource next = new PagedSource("next", Duration.ZERO, batch("2601.3", 2));
        SourceIngest sources = ingest(List.of(), slow, next);

        CompletableFuture<List<SourceIngest.Report>> run = CompletableFuture.supplyAsync(sources::runScheduled);
        assertThat(slow.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        sources.stopRuns();
        List<SourceIngest.Report> reports = run.get(10, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.inserted()).isEqualTo(3);
            assertThat(r.complete()).isFalse();
        });
        assertThat(papers.count()).as("the first page, whole; nothing of the rest").isEqualTo(3);
        assertThat(next.fetches.get()).as("the next source is not started").isZero();
        assertThat(runs.lastSuccess("slow")).as("fetched again next time").isEmpty();
        assertThat(sources.fetching()).isEmpty();

        assertThat(sources.runScheduled()).as("a fetch fired while the bot stops ends at once").isEmpty();
        assertThat(next.fetches.get()).isZero();
    }

    @Test
    void givenABatchBeingStored_whenTheBotStops_thenTheBatchIsStoredWholeUninterruptedAndNothingMoreIsFetched() throws Exception {
        CountDownLatch storing = new CountDownLatch(1);
        CountDownLatch stopSent = new CountDownLatch(1);
        AtomicBoolean interruptedWhileStoring = new AtomicBoolean();
        AtomicInteger told = new AtomicInteger();
        IngestListener slowIndex = (stored, tags) -> {
            storing.countDown();
            try {
                stopSent.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interruptedWhileStoring.set(true);
            }
            interruptedWhileStoring.compareAndSet(false, Thread.currentThread().isInterrupted());
            told.addAndGet(stored.size());
        };
        PagedSource source = new PagedSource("source", Duration.ZERO, batch("2602.1", 120), batch("2602.2", 5));
        SourceIngest sources = ingest(List.of(slowIndex), source);

        CompletableFuture<List<SourceIngest.Report>> run = CompletableFuture.supplyAsync(sources::runScheduled);
        assertThat(storing.await(10, TimeUnit.SECONDS)).isTrue();
        sources.stopRuns();
        stopSent.countDown();
        List<SourceIngest.Report> reports = run.get(10, TimeUnit.SECONDS);

        assertThat(interruptedWhileStoring).as("storing is never interrupted").isFalse();
        assertThat(papers.count()).as("the batch being stored, all of it; not the next page").isEqualTo(120);
        assertThat(told.get()).as("every listener heard of every stored paper").isEqualTo(120);
        assertThat(reports).singleElement().satisfies(r -> assertThat(r.complete()).isFalse());
        assertThat(runs.lastSuccess("source")).isEmpty();
    }
}
