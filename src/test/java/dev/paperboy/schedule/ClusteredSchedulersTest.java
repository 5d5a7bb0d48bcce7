package dev.paperboy.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.Schedule;
import dev.paperboy.store.Postgres;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two Paperboy instances sharing one database server, each with its own connection pools, its own Quartz
 * scheduler (clustered) and its own name in the runs it claims: every (channel, fire time) reaches its channel
 * exactly once over many fire times, on H2 in server mode and on a real PostgreSQL (embedded, see store.Postgres).
 */
class ClusteredSchedulersTest {

    private static final Logger log = LoggerFactory.getLogger(ClusteredSchedulersTest.class);
    private static Server h2;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startH2Server() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        h2 = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
    }

    @AfterAll
    static void stopH2Server() {
        h2.stop();
    }

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static String h2Url() {
        return "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void givenTwoClusteredSchedulersOnOneH2ServerThenEveryDigestIsPostedExactlyOnce() throws Exception {
        twoClusteredSchedulers(h2Url(), "sa");
    }

    @Test
    void givenTwoClusteredSchedulersOnOnePostgresThenEveryDigestIsPostedExactlyOnce() throws Exception {
        twoClusteredSchedulers(Postgres.freshDatabase(), Postgres.USER);
    }

    @Test
    void givenTwoProcessesFiringAndRecoveringTheSameDigestsAtOnceOnPostgresThenEachIsPostedOnce() throws Exception {
        fireAndRecoverAtOnce(Postgres.freshDatabase(), Postgres.USER);
    }

    private void twoClusteredSchedulers(String url, String user) throws Exception {
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        Rig a = rig(url, user, clock);
        Rig b = rig(url, user, clock);
        // The channels' own daily schedules are half a day away: only the test's fast triggers fire during the test.
        LocalTime farAway = LocalTime.ofInstant(now.plus(Duration.ofHours(12)), ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Schedule daily = new Schedule(true, farAway, ZoneOffset.UTC, Schedule.DAILY);
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            channels.add(a.channel("c" + i, daily, 1, now));
        }
        int fires = 20;
        a.papers(3, fires + 5, now.minus(Duration.ofDays(1)));

        FakeChat chat = new FakeChat();
        QuartzDigestScheduler nodeA = node(a, url, user, "node-a");
        QuartzDigestScheduler nodeB = node(b, url, user, "node-b");
        nodeA.start(a.scheduled("node-a", chat, RetryPolicy.none(), nodeA), () -> { }, "0 0 3 1 1 ? 2099", ZoneOffset.UTC, Duration.ofMinutes(10));
        nodeB.start(b.scheduled("node-b", chat, RetryPolicy.none(), nodeB), () -> { }, "0 0 3 1 1 ? 2099", ZoneOffset.UTC, Duration.ofMinutes(10));

        // Each channel's digest fires every 200 ms, 20 times: the cluster decides which node fires which.
        Instant start = clock.instant().plusMillis(1500).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        long every = 200;
        for (Channel c : channels) {
            nodeA.quartz().scheduleJob(newTrigger().withIdentity("burst-" + c.id(), "test").forJob(QuartzDigestScheduler.DIGEST_JOB)
                    .usingJobData(QuartzDigestScheduler.CHANNEL_ID, Long.toString(c.id()))
                    .startAt(java.util.Date.from(start))
                    .withSchedule(simpleSchedule().withIntervalInMilliseconds(every).withRepeatCount(fires - 1).withMisfireHandlingInstructionIgnoreMisfires())
                    .build());
        }
        List<Instant> fireTimes = new ArrayList<>();
        for (int k = 0; k < fires; k++) {
            fireTimes.add(start.plusMillis(k * every));
        }
        try {
            QuartzDigestSchedulerTest.await(() -> channels.stream().allMatch(c -> fireTimes.stream().allMatch(t ->
                    a.runs.find(c.id(), t).filter(r -> !r.state().open()).isPresent())));
        } finally {
            for (Channel c : channels) {
                log.info("channel={} runs={}", c.id(), fireTimes.stream().map(t -> a.runs.find(c.id(), t).map(r -> r.state() + "/" + r.owner()).orElse("-")).toList());
            }
        }

        Set<String> owners = new HashSet<>();
        for (Channel c : channels) {
            for (Instant t : fireTimes) {
                DigestRun run = a.runs.find(c.id(), t).orElseThrow();
                assertThat(run.state()).isEqualTo(DigestRun.State.DONE);
                assertThat(run.posted()).isEqualTo(1);
                owners.add(run.owner());
            }
            assertThat(chat.headers(c.ref())).hasSize(fires);
            assertThat(chat.papers(c.ref())).hasSize(fires).doesNotHaveDuplicates();
        }
        assertThat(chat.posted()).hasSize(channels.size() * fires * 2);
        log.info("clustered digests fired by {}", owners);
        assertThat(owners).isSubsetOf("node-a", "node-b").isNotEmpty();
    }

    @Test
    void givenTwoProcessesFiringAndRecoveringTheSameDigestsAtOnceThenEachIsPostedOnce() throws Exception {
        fireAndRecoverAtOnce(h2Url(), "sa");
    }

    private void fireAndRecoverAtOnce(String url, String user) throws Exception {
        Instant t0 = Instant.parse("2025-07-07T09:00:00Z");
        MutableClock clock = new MutableClock(t0.plus(Duration.ofHours(2)));
        Rig a = rig(url, user, clock);
        Rig b = rig(url, user, clock);
        Schedule daily = new Schedule(true, LocalTime.of(9, 0), ZoneOffset.UTC, Schedule.DAILY);
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            channels.add(a.channel("r" + i, daily, 1, t0.minus(Duration.ofDays(1))));
        }
        int fires = 12;
        a.papers(4, fires + 3, t0.minus(Duration.ofDays(1)));
        FakeChat chat = new FakeChat();
        List<ScheduledDigests> processes = List.of(a.scheduled("proc-a", chat), b.scheduled("proc-b", chat));

        List<Runnable> work = new ArrayList<>();
        for (Channel c : channels) {
            for (int k = 0; k < fires; k++) {
                Instant t = t0.plus(Duration.ofMinutes(10L * k));
                for (ScheduledDigests p : processes) {
                    work.add(() -> p.fire(c.id(), t));
                    work.add(p::recover);
                }
            }
        }
        Collections.shuffle(work, new Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            work.forEach(w -> done.add(pool.submit(w)));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (Channel c : channels) {
            assertThat(chat.headers(c.ref())).hasSize(fires);
            assertThat(chat.papers(c.ref())).hasSize(fires).doesNotHaveDuplicates();
        }
    }

    private Rig rig(String url, String user, Clock clock) throws Exception {
        Rig rig = Rig.open(url, user, clock);
        open.add(rig);
        return rig;
    }

    private QuartzDigestScheduler node(Rig rig, String url, String user, String name) {
        String password = System.getenv().getOrDefault("PAPERBOY_DB_PASSWORD", "");
        QuartzDigestScheduler node = QuartzDigestScheduler.open(new QuartzSettings(url, user, password, 2, name, Duration.ofSeconds(1),
                Duration.ofSeconds(1)), rig.app.channels(), rig.runs, rig.clock);
        open.add(node);
        return node;
    }
}
