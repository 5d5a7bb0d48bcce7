package dev.paperboy.ops;

import dev.paperboy.paper.source.SourceIngest;
import dev.paperboy.recommend.Pick;
import dev.paperboy.recommend.RankRequest;
import dev.paperboy.recommend.Ranker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code GET /metrics} shows, in Prometheus's format. Micrometer stays here: the core packages report through
 * their own small hooks (a ranker, a search listener, the scheduled digests' observer) and this class turns what
 * they report into meters. JVM and HikariCP pool metrics come from Micrometer's binders and HikariCP's tracker.
 */
public final class BotMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Timer plan;
    private final Timer search;
    private final Counter reactions;

    public BotMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        plan = latency("paperboy.plan", "ranking one channel's candidates for a digest");
        search = latency("paperboy.search", "answering one search");
        reactions = Counter.builder("paperboy.reactions.recorded")
                .description("feedback recorded: reactions on paper messages, likes, dislikes and seeds").register(registry);
    }

    private Timer latency(String name, String what) {
        return Timer.builder(name).description("seconds spent " + what).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    /** For HikariCP's metrics tracker (the store package takes it as an Object, so it never imports Micrometer). */
    public MeterRegistry registry() {
        return registry;
    }

    /** The page {@code /metrics} serves. */
    public String scrape() {
        return registry.scrape();
    }

    /** A ranker whose every call is timed: planning a digest is mostly ranking. */
    public Ranker timed(Ranker ranker) {
        return new Ranker() {
            @Override
            public List<Pick> rank(RankRequest request) {
                long t0 = System.nanoTime();
                try {
                    return ranker.rank(request);
                } finally {
                    plan.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
                }
            }

            @Override
            public void prepare(RankRequest request) {
                ranker.prepare(request);
            }

            @Override
            public List<Pick> explain(RankRequest request) {
                return ranker.explain(request);
            }
        };
    }

    public void searched(long nanos) {
        search.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void feedbackRecorded(long channelId) {
        reactions.increment();
    }

    /**
     * A scheduled digest ended: posted, failed or skipped as late count per platform, with the papers it posted.
     */
    public void digest(String platform, String outcome, boolean late, int papers) {
        String result = late ? "late" : outcome;
        if (result.equals("posted") || result.equals("failed") || result.equals("late")) {
            registry.counter("paperboy.digests." + result, "platform", platform).increment();
        }
        if (papers > 0) {
            registry.counter("paperboy.papers.posted", "platform", platform).increment(papers);
        }
    }

    /** A scheduled or first-start ingest: papers stored and failed requests, per source. */
    public List<SourceIngest.Report> ingested(List<SourceIngest.Report> reports) {
        for (SourceIngest.Report r : reports) {
            registry.counter("paperboy.ingest.papers", "source", r.source()).increment(r.inserted() + r.updated());
            registry.counter("paperboy.ingest.failures", "source", r.source()).increment(r.failures().size());
        }
        return reports;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
