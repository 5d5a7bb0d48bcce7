package dev.paperboy.app;

import dev.paperboy.channel.DigestScheduler;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.TasteRefresher;
import dev.paperboy.ops.BotMetrics;
import dev.paperboy.paper.source.SourceIngest;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.schedule.QuartzDigestScheduler;
import dev.paperboy.schedule.QuartzSettings;
import dev.paperboy.schedule.ScheduledDigests;
import dev.paperboy.schedule.ScheduledIngest;
import dev.paperboy.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * This process's part in the schedule: its name among the processes sharing the database, the one path a scheduled
 * digest takes (claimed under a lease of {@code schedule.takeover-minutes}), Quartz on that database, and once the
 * schedule starts, the scheduled ingest, upkeep and the taste models trained in the background after reactions.
 * Closing it stops that training; Quartz itself is closed by whoever opened it.
 */
final class ScheduleParts implements AutoCloseable {

    /** How long a channel's feedback must be quiet before its taste model is trained again in the background. */
    private static final Duration TASTE_QUIET = Duration.ofSeconds(30);

    private final Config config;
    private final Clock clock;
    private final String password;
    private final Stores stores;
    private final BotMetrics metrics;
    private final Sources.Built sources;
    private final Duration takeover;
    /**
     * This process's name in the digest runs it claims and in Quartz's cluster tables. Random on purpose (not from
     * the seeded Random): two processes sharing a database must never get the same name. The host part is cut
     * short because Quartz appends a 13-digit counter to it in a 95-character column.
     */
    private final String instanceId = Settings.hostPart() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile TasteRefresher refresher;

    ScheduleParts(Config config, Clock clock, String password, Stores stores, BotMetrics metrics, Sources.Built sources)
            throws ConfigException {
        this.config = config;
        this.clock = clock;
        this.password = password;
        this.stores = stores;
        this.metrics = metrics;
        this.sources = sources;
        this.takeover = Settings.takeover(config);
    }

    /** Checks the {@code schedule.*} settings at open, so a bad one stops the process before anything is opened. */
    static void check(Config config) throws ConfigException {
        Settings.takeover(config);
        Settings.ingestCron(config);
        Settings.zone(config, "schedule.ingest-zone");
        if (config.integer("schedule.tick-seconds") < 1) {
            throw new ConfigException("schedule.tick-seconds must be at least 1, got " + config.integer("schedule.tick-seconds"));
        }
    }

    /** The one path a scheduled digest takes, fired by {@code scheduler}, each digest's outcome counted in the meters. */
    ScheduledDigests digests(DigestService digests, DigestScheduler scheduler, Optional<Duration> grace) {
        ScheduledDigests scheduled = new ScheduledDigests(stores.channels(), stores.runs(), digests, scheduler, clock, grace, takeover,
                instanceId);
        scheduled.observe((platform, fired, late) -> metrics.digest(platform, fired.result().name().toLowerCase(java.util.Locale.ROOT),
                late, fired.papers()));
        return scheduled;
    }

    /** Quartz on this database, on standby until {@link #start}. */
    QuartzDigestScheduler quartz() throws ConfigException {
        if (config.integer("schedule.threads") < 1) {
            throw new ConfigException("schedule.threads must be at least 1, got " + config.integer("schedule.threads"));
        }
        return QuartzDigestScheduler.open(QuartzSettings.of(Database.shared(config.string("db.url")), config.string("db.user"), password,
                config.integer("schedule.threads"), instanceId), stores.channels(), stores.runs(), clock);
    }

    /** Starts firing digests, the scheduled ingest of every source and upkeep; trains taste models in the background. */
    void start(QuartzDigestScheduler quartz, ScheduledDigests scheduled, DigestPlanner planner) throws ConfigException {
        SourceIngest ingestRuns = sources.ingest();
        quartz.start(scheduled, ScheduledIngest.of(() -> metrics.ingested(ingestRuns.runScheduled()), sources::stopRuns),
                Settings.ingestCron(config), Settings.zone(config, "schedule.ingest-zone"), Duration.ofSeconds(config.integer("schedule.tick-seconds")));
        // Taste models are trained in the background after reactions (and once now), so digests only rank.
        TasteRefresher started = new TasteRefresher(stores.channels(), planner, clock, TASTE_QUIET);
        stores.feedback().onChange(started::changed);
        started.refreshAll();
        this.refresher = started;
    }

    @Override
    public void close() {
        if (refresher != null) {
            refresher.close();
        }
    }
}
