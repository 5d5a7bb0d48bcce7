package dev.paperboy.schedule;

import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.DigestScheduler;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.Layout;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.Schedule;
import dev.paperboy.paper.Paper;
import dev.paperboy.recommend.CandidatePool;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.TagRecencyRanker;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.store.JdbcDigestRunStore;
import dev.paperboy.summary.ExtractiveSummarizer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Paperboy process for a scheduling test: the real wiring and stores on the given database, a clock the
 * test chooses, and the scheduled-digest path built on a chat gateway and a sleeper that only records its waits.
 */
final class Rig implements AutoCloseable {

    static final Duration GRACE = Duration.ofHours(6);
    static final Duration LEASE = Duration.ofMinutes(5);

    final Wiring app;
    final Clock clock;
    /** The digest runs, read and written through the store the scheduled path uses. */
    final JdbcDigestRunStore runs;
    /** Ranks by tags alone, with candidates read by one query per plan: the papers here are stored directly. */
    private final DigestPlanner planner;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    private Rig(Wiring app, Clock clock) {
        this.app = app;
        this.clock = clock;
        var ds = app.database().dataSource();
        this.runs = new JdbcDigestRunStore(ds);
        this.planner = new DigestPlanner(CandidatePool.perQuery(new JdbcCandidateStore(ds), app.tags()), app.tags(), app.feedback(),
                new TagRecencyRanker(), Duration.ofDays(60));
    }

    static Rig open(String dbUrl, Clock clock) throws Exception {
        return open(dbUrl, "sa", clock);
    }

    static Rig open(String dbUrl, String user, Clock clock) throws Exception {
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of("db.url=" + dbUrl, "db.user=" + user,
                // Delivery mechanics, not ranking: these papers differ only by id, which the learned ranker reads as duplicates.
                "ranking.mode=tags-only", "search.index-dir=memory"));
        return new Rig(Wiring.open(config, clock), clock);
    }

    static String memoryDb() {
        return "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    DigestService digestService(ChatGateway chat, RetryPolicy retry) {
        return digestService(chat, retry, sleeps::add);
    }

    DigestService digestService(ChatGateway chat, RetryPolicy retry, dev.paperboy.channel.Sleeper sleeper) {
        return new DigestService(planner, new ExtractiveSummarizer(280), chat, app.deliveries(), app.channels(), retry, sleeper);
    }

    /** The scheduled-digest path whose waits between tries go to {@code sleeper}. */
    ScheduledDigests scheduled(String owner, ChatGateway chat, RetryPolicy retry, dev.paperboy.channel.Sleeper sleeper) {
        return new ScheduledDigests(app.channels(), runs, digestService(chat, retry, sleeper), new TickScheduler(clock), clock,
                Optional.of(GRACE), LEASE, owner);
    }

    /** The scheduled-digest path of a process named {@code owner}. */
    ScheduledDigests scheduled(String owner, ChatGateway chat, RetryPolicy retry, DigestScheduler scheduler) {
        return new ScheduledDigests(app.channels(), runs, digestService(chat, retry), scheduler, clock, Optional.of(GRACE), LEASE, owner);
    }

    ScheduledDigests scheduled(String owner, ChatGateway chat) {
        return scheduled(owner, chat, new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(60)), new TickScheduler(clock));
    }

    /** A channel following no tag (every paper is a candidate), created at {@code createdAt}. */
    Channel channel(String name, Schedule schedule, int size, Instant createdAt) {
        ChannelSettings settings = new ChannelSettings(size, Layout.THREAD, schedule, false, "");
        return app.channels().getOrCreate(new ChannelRef("test", "w", name), settings, createdAt);
    }

    /** {@code n} papers published at {@code published}, ids {@code 2507.<prefix><nnn>}. */
    void papers(int prefix, int n, Instant published) {
        for (int i = 0; i < n; i++) {
            String id = String.format("2507.%d%04d", prefix, i);
            app.papers().upsert(new Paper(id, "Paper " + id, "We study problem " + id + ". We propose a method that works.",
                    List.of("A. Author"), List.of("cs.LG"), published, 0, 1, "test"));
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
