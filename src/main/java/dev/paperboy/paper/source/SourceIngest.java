package dev.paperboy.paper.source;

import dev.paperboy.paper.IngestService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs paper sources through {@link IngestService}, so every fetched paper is stored once, tagged and passed to
 * every ingest listener. Each source runs on its own: one that is down is reported and the next one runs. A
 * source fetches from the day of its last complete run (at most {@code maxDaysBack} days back), and a run is
 * recorded as complete only when none of its requests failed, so a failed day is fetched again next time.
 *
 * <p>{@link #stopRuns} cuts the runs in progress short when the bot stops, and lets none start after: a run waiting
 * on a site (a request, a pause between requests) is interrupted, a run storing a batch finishes storing it first,
 * and either way the sources not yet run are skipped. Nothing is half-stored, and a stopped run is not complete,
 * so its days are fetched again next time.
 */
public final class SourceIngest {

    /**
     * A source as configured: whether the schedule runs it, on which days of the week, and how far back it
     * may reach.
     */
    public record Configured(PaperSource source, boolean enabled, Set<DayOfWeek> days, int maxDaysBack) {
        public Configured {
            days = Set.copyOf(days);
        }
    }

    /** What one source's run did. */
    public record Report(String source, LocalDate since, int requests, int inserted, int updated, int unchanged,
            int skipped, List<String> failures) {
        public Report {
            failures = List.copyOf(failures);
        }

        public boolean complete() {
            return failures.isEmpty();
        }

        public String describe() {
            return source + " since " + since + ": " + inserted + " new, " + updated + " updated, " + unchanged + " unchanged"
                    + (skipped == 0 ? "" : ", " + skipped + " entries skipped") + " in " + requests + " requests"
                    + (failures.isEmpty() ? "" : "; " + failures.size() + " failed");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SourceIngest.class);

    private final List<Configured> sources;
    private final IngestService ingest;
    private final SourceRunStore runs;
    private final Clock clock;
    private final AtomicInteger running = new AtomicInteger();
    /** The runs in progress; guards each one's state, and {@link #stopped}. */
    private final Set<Run> inProgress = new HashSet<>();
    /** Set by {@link #stopRuns}: the bot is stopping, and no run starts any more. */
    private boolean stopped;
    private final AtomicInteger storedSoFar = new AtomicInteger();

    public SourceIngest(List<Configured> sources, IngestService ingest, SourceRunStore runs, Clock clock) {
        this.sources = List.copyOf(sources);
        this.ingest = ingest;
        this.runs = runs;
        this.clock = clock;
    }

    /** Every source, enabled or not, in the order they run. */
    public List<Configured> configured() {
        return sources;
    }

    public Optional<Configured> find(String name) {
        return sources.stream().filter(c -> c.source().name().equals(name)).findFirst();
    }

    /** The scheduled job: every enabled source whose days include today, each from its last complete run. */
    public List<Report> runScheduled() {
        DayOfWeek today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getDayOfWeek();
        List<Configured> due = sources.stream().filter(c -> c.enabled() && c.days().contains(today)).toList();
        log.info("ingest.scheduled sources={}", due.stream().map(c -> c.source().name()).toList());
        return run(due, Optional.empty(), line -> log.debug("ingest.progress {}", line));
    }

    /** Runs the given sources in order; {@code since} overrides where each starts. */
    public List<Report> run(List<Configured> chosen, Optional<LocalDate> since, Consumer<String> progress) {
        List<Report> reports = new ArrayList<>();
        Run run = new Run(Thread.currentThread());
        synchronized (inProgress) {
            inProgress.add(run);
            if (stopped) {
                run.stop();
            }
        }
        running.incrementAndGet();
        try {
            for (Configured c : chosen) {
                if (run.stopped()) {
                    log.info("ingest.stopped source={} reason=\"the bot is stopping\"", c.source().name());
                    continue;
                }
                reports.add(runOne(c, since, progress, run));
            }
        } finally {
            synchronized (inProgress) {
                inProgress.remove(run);
                run.quiet();
            }
            if (running.decrementAndGet() == 0) {
                storedSoFar.set(0);
            }
        }
        return reports;
    }

    /**
     * The bot is stopping: cuts every run in progress short, from another thread (one waiting on a site is
     * interrupted there, one storing a batch is left to finish it; neither fetches further), and ends any run that
     * starts later at once. Returns at once.
     */
    public void stopRuns() {
        synchronized (inProgress) {
            stopped = true;
            inProgress.forEach(Run::stop);
        }
    }

    /** While a run is going on in this process: how many papers it stored so far. */
    public OptionalInt fetching() {
        return running.get() > 0 ? OptionalInt.of(storedSoFar.get()) : OptionalInt.empty();
    }

    /** Where an unforced run of this source starts: its last complete run's day, at most maxDaysBack ago. */
    public LocalDate defaultSince(Configured c) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate floor = today.minusDays(c.maxDaysBack());
        return runs.lastSuccess(c.source().name()).map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC))
                .filter(last -> last.isAfter(floor)).orElse(floor);
    }

    private Report runOne(Configured c, Optional<LocalDate> forced, Consumer<String> progress, Run run) {
        String name = c.source().name();
        Instant started = clock.instant();
        LocalDate today = LocalDate.ofInstant(started, ZoneOffset.UTC);
        LocalDate unforced = defaultSince(c);
        LocalDate since = forced.orElse(unforced);
        int[] counts = new int[4]; // inserted, updated, unchanged, skipped
        FetchReport fetched;
        try {
            run.waitingOnSite(true);
            fetched = c.source().fetch(since, today, (step, batch) -> {
                run.waitingOnSite(false);
                IngestService.Result r = ingest.ingest(batch);
                counts[0] += r.inserted();
                counts[1] += r.updated();
                counts[2] += r.unchanged();
                counts[3] += r.skipped().size();
                storedSoFar.addAndGet(r.inserted());
                int sofar = counts[0] + counts[1] + counts[2];
                double seconds = Math.max(1e-3, java.time.Duration.between(started, clock.instant()).toMillis() / 1000.0);
                progress.accept(name + " " + step + ": " + batch.papers().size() + " papers (" + r.describe() + "); "
                        + sofar + " so far, " + String.format(java.util.Locale.ROOT, "%.1f", sofar / seconds) + " papers/s");
                run.waitingOnSite(true);
            });
        } catch (Stopped e) {
            log.info("ingest.stopped source={} reason=\"the bot is stopping\"", name);
            fetched = new FetchReport(0, List.of("stopped: the bot is stopping"));
        } catch (RuntimeException e) {
            log.error("source.crashed source={} reason=\"{}\"", name, e.getMessage(), e);
            fetched = new FetchReport(0, List.of("stopped by " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            run.quiet();
        }
        if (run.stopped() && fetched.complete()) {
            fetched = new FetchReport(fetched.requests(), List.of("stopped: the bot is stopping"));
        }
        // A run that started later than the unforced day skipped the days in between: it does not count as
        // having caught up.
        if (fetched.complete() && !since.isAfter(unforced)) {
            runs.recordSuccess(name, started);
        }
        Report report = new Report(name, since, fetched.requests(), counts[0], counts[1], counts[2], counts[3], fetched.failures());
        log.info("ingest.source {}", report.describe());
        return report;
    }

    /** Thrown through a source's fetch to end a stopped run; never past {@link #runOne}. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the bot is stopping", null, false, false);
        }
    }

    /**
     * One run in progress: its thread may be interrupted only while it waits on a site, never while it stores (an
     * interrupted JDBC call can leave a batch half written, and H2 closes a file its thread was interrupted in).
     */
    private final class Run {
        private final Thread thread;
        private boolean stopped;
        private boolean waitingOnSite;

        Run(Thread thread) {
            this.thread = thread;
        }

        boolean stopped() {
            synchronized (inProgress) {
                return stopped;
            }
        }

        void stop() {
            stopped = true;
            if (waitingOnSite) {
                thread.interrupt();
            }
        }

        /**
         * Called by the run's own thread: true before it waits on a site, false before it stores. Once stopped, it
         * ends the fetch instead (so a batch fetched after the stop is not stored).
         */
        void waitingOnSite(boolean waiting) {
            synchronized (inProgress) {
                if (stopped) {
                    quiet();
                    throw new Stopped();
                }
                waitingOnSite = waiting;
            }
        }

        /** Called by the run's own thread when it stops waiting on sites: it cannot be interrupted from now on. */
        void quiet() {
            synchronized (inProgress) {
                waitingOnSite = false;
                if (stopped) {
                    Thread.interrupted(); // clears the interrupt stop() sent, so nothing after the run sees it
                }
            }
        }
    }
}
