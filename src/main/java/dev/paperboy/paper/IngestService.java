package dev.paperboy.paper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a batch of papers, one row per versionless id, and tells the listeners what changed. A later version
 * updates the paper; whether a channel has seen it is kept elsewhere and never reset here.
 *
 * <p>A large batch (a backfill, a file of a whole listing) goes in steps of {@link #STEP} papers, so listeners
 * see papers arrive steadily and progress can be told. While one step is stored and handed to the listeners,
 * the next step is {@linkplain IngestListener#prepare prepared} on a background thread: the embedding model
 * then runs beside the database, the tagger and the search index instead of between them. Work worth doing once
 * per call (the search index's refresh and commit) waits for {@link IngestListener#finished}.
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
    /** Papers per step: enough for the model and the index to work in bulk, few enough to overlap the steps. */
    static final int STEP = 50;
    /** A long ingest logs its progress at most this often, so a log stays quiet otherwise. */
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final PaperStore papers;
    private final List<IngestListener> listeners;
    private final Clock clock;
    /** One thread preparing the next step; it ends when idle, so an idle bot holds none. */
    private final ExecutorService ahead = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "ingest-prepare");
        t.setDaemon(true);
        return t;
    });

    public IngestService(PaperStore papers, List<IngestListener> listeners, Clock clock) {
        this.papers = papers;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    public IngestService(PaperStore papers, List<IngestListener> listeners) {
        this(papers, listeners, Clock.systemUTC());
    }

    /** Ingests a batch; a batch of more than one step logs its progress now and then. */
    public Result ingest(PaperBatch batch) {
        return ingest(batch, IngestProgress.every(LOG_EVERY, clock, p -> log.info("ingest progress done={} total={} rate={} left_s={}",
                p.done(), p.total(), String.format(Locale.ROOT, "%.1f", p.perSecond()), p.left().toSeconds())));
    }

    /** Ingests a batch, telling {@code progress} after each step when it takes more than one. */
    public Result ingest(PaperBatch batch, Consumer<IngestProgress> progress) {
        List<Paper> all = batch.papers().stream().map(IngestService::clip).toList();
        List<List<Paper>> steps = new ArrayList<>();
        for (int i = 0; i < all.size(); i += STEP) {
            steps.add(all.subList(i, Math.min(all.size(), i + STEP)));
        }
        int[] counts = new int[3];
        List<String> skipped = new ArrayList<>(batch.skipped());
        Map<String, List<String>> tagsLeft = new LinkedHashMap<>(batch.curatorTags());
        Instant start = clock.instant();
        List<Future<?>> prepared = new ArrayList<>();
        if (steps.size() > 1) {
            prepared.add(prepare(steps.get(0)));
        }
        int done = 0;
        RuntimeException failure = null;
        try {
            for (int i = 0; i < Math.max(1, steps.size()); i++) {
                if (steps.size() > 1 && i + 1 < steps.size()) {
                    prepared.add(prepare(steps.get(i + 1)));
                }
                List<Paper> step = steps.isEmpty() ? List.of() : steps.get(i);
                List<Paper> changed = store(step, batch, counts, skipped);
                Map<String, List<String>> tags = new LinkedHashMap<>();
                for (Paper p : step) {
                    List<String> given = tagsLeft.remove(p.id());
                    if (given != null) {
                        tags.put(p.id(), given);
                    }
                }
                if (i == steps.size() - 1 || steps.isEmpty()) {
                    tags.putAll(tagsLeft);
                }
                if (!prepared.isEmpty()) {
                    await(prepared.get(i));
                }
                notifyListeners(changed, tags);
                done += step.size();
                if (steps.size() > 1) {
                    progress.accept(IngestProgress.of(done, all.size(), Duration.between(start, clock.instant())));
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            finish(failure);
        }
        for (String reason : skipped) {
            log.warn("ingest skipped an entry: {}", reason);
        }
        return new Result(counts[0], counts[1], counts[2], skipped);
    }

    private List<Paper> store(List<Paper> step, PaperBatch batch, int[] counts, List<String> skipped) {
        List<Paper> changed = new ArrayList<>();
        for (Paper paper : step) {
            PaperStore.Outcome outcome;
            try {
                outcome = papers.upsert(paper);
            } catch (RuntimeException e) {
                skipped.add(paper.id() + ": could not be stored (" + e.getMessage() + ")");
                continue;
            }
            counts[outcome.ordinal()]++;
            if (outcome != PaperStore.Outcome.UNCHANGED) {
                changed.add(paper);
            }
        }
        for (Paper paper : step) {
            PaperExtras extras = batch.extras().get(paper.id());
            if (extras != null && !extras.isEmpty()) {
                papers.mergeExtras(extras);
            }
        }
        return changed;
    }

    private void notifyListeners(List<Paper> changed, Map<String, List<String>> tags) {
        if (changed.isEmpty() && tags.isEmpty()) {
            return;
        }
        List<Paper> stored = changed.isEmpty() ? List.of() : papers.findAll(changed.stream().map(Paper::id)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        for (IngestListener listener : listeners) {
            listener.ingested(stored, tags);
        }
    }

    /** Tells every listener the call is over; a listener's failure there does not hide an earlier one. */
    private void finish(RuntimeException failure) {
        RuntimeException first = failure;
        for (IngestListener listener : listeners) {
            try {
                listener.finished();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (failure == null && first != null) {
            throw first;
        }
    }

    private Future<?> prepare(List<Paper> step) {
        return ahead.submit(() -> {
            for (IngestListener listener : listeners) {
                try {
                    listener.prepare(step);
                } catch (RuntimeException e) {
                    // The listener's ingested() does the work itself; preparing is only a head start.
                    log.warn("ingest could not prepare papers ahead: {}", e.toString());
                }
            }
        });
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            log.warn("ingest could not prepare papers ahead: {}", e.getCause().toString());
        }
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
