package dev.paperboy.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.app.Wiring;
import dev.paperboy.channel.Caller;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.Schedule;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

/** Quartz on the real migrations: channel triggers follow FireTimes, follow schedule changes, and fire missed digests. */
class QuartzDigestSchedulerTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private Rig rig(Clock clock) throws Exception {
        Rig rig = Rig.open(Rig.memoryDb(), clock);
        open.add(rig);
        return rig;
    }

    private QuartzDigestScheduler quartz(Rig rig, String instance) {
        String url = rig.app.config().string("db.url");
        QuartzDigestScheduler quartz = QuartzDigestScheduler.open(
                new QuartzSettings(url, "sa", "", 2, instance, Duration.ofSeconds(1), Duration.ofSeconds(1)), rig.app.channels(), rig.runs, rig.clock);
        open.add(quartz);
        return quartz;
    }

    private static Optional<Instant> next(QuartzDigestScheduler quartz, long channelId) throws Exception {
        Trigger trigger = quartz.quartz().getTrigger(QuartzDigestScheduler.key(channelId));
        return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(java.util.Date::toInstant);
    }

    @Test
    void givenAScheduleInsideBothDstChangesThenTheChannelsTriggerFiresAtEveryFireTimeOfItsSchedule() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-25T12:00:00Z"));
        Rig rig = rig(clock);
        QuartzDigestScheduler quartz = quartz(rig, "dst");
        // 02:30 Berlin does not exist on 2025-03-30 and happens twice on 2025-10-26; Quartz's cron skips the first.
        Schedule berlin = new Schedule(true, LocalTime.of(2, 30), ZoneId.of("Europe/Berlin"), Schedule.DAILY);
        Channel channel = rig.channel("berlin", berlin, 3, clock.instant());
        Schedule newYork = new Schedule(true, LocalTime.of(9, 0), ZoneId.of("America/New_York"), Schedule.WEEKDAYS);
        Channel weekdays = rig.channel("ny", newYork, 3, clock.instant());

        quartz.sync();
        // The trigger's fire times over the weeks around each DST change, as a job would move it after each digest.
        Instant springStart = clock.instant();
        Instant springEnd = Instant.parse("2025-04-03T00:00:00Z");
        Instant fallStart = Instant.parse("2025-10-22T00:00:00Z");
        Instant fallEnd = Instant.parse("2025-11-08T00:00:00Z");
        List<Instant> fired = walk(quartz, channel.id(), springEnd);
        List<Instant> firedWeekdays = walk(quartz, weekdays.id(), springEnd);
        quartz.planAfter(channel.id(), fallStart);
        quartz.planAfter(weekdays.id(), fallStart);
        fired.addAll(walk(quartz, channel.id(), fallEnd));
        firedWeekdays.addAll(walk(quartz, weekdays.id(), fallEnd));

        List<Instant> expected = new ArrayList<>(FireTimes.between(berlin, springStart, springEnd));
        expected.addAll(FireTimes.between(berlin, fallStart, fallEnd));
        assertThat(fired).containsExactlyElementsOf(expected);
        assertThat(fired).contains(Instant.parse("2025-03-30T01:30:00Z"), Instant.parse("2025-10-26T00:30:00Z"))
                .doesNotContain(Instant.parse("2025-10-26T01:30:00Z"));
        List<Instant> expectedWeekdays = new ArrayList<>(FireTimes.between(newYork, springStart, springEnd));
        expectedWeekdays.addAll(FireTimes.between(newYork, fallStart, fallEnd));
        assertThat(firedWeekdays).containsExactlyElementsOf(expectedWeekdays);
        assertThat(firedWeekdays).allSatisfy(t -> assertThat(t.atZone(newYork.zone()).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                // New York leaves summer time on 2025-11-02: 09:00 is 13:00Z before and 14:00Z after.
                .contains(Instant.parse("2025-10-31T13:00:00Z"), Instant.parse("2025-11-03T14:00:00Z"));
    }

    /** The channel trigger's fire times up to {@code end}, moving it on after each as its job does. */
    private static List<Instant> walk(QuartzDigestScheduler quartz, long channelId, Instant end) throws Exception {
        List<Instant> fired = new ArrayList<>();
        for (Instant t = next(quartz, channelId).orElseThrow(); t.isBefore(end); t = next(quartz, channelId).orElseThrow()) {
            fired.add(t);
            quartz.planAfter(channelId, t);
        }
        return fired;
    }

    @Test
    void givenAChannelChangesItsScheduleInChatThenItsTriggerFollowsAndSettingsShowTheNextDigest() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-07-07T10:00:00Z"));   // a Monday
        Rig rig = rig(clock);
        QuartzDigestScheduler quartz = quartz(rig, "cmd");
        Wiring.ChatServices chat = rig.app.chat(new FakeChat(), Optional.of(Rig.GRACE), quartz);
        ChannelRef ref = new ChannelRef("test", "w", "lab");
        Caller admin = new Caller("u1", true);

        String reply = chat.commands().handle(ref, admin, "/papers schedule 07:30 Asia/Seoul mon,wed").text();
        Channel channel = rig.app.channels().find(ref).orElseThrow();
        // Monday 10:00Z is 19:00 in Seoul: the next 07:30 there on a Monday or Wednesday is Wednesday 07:30 KST.
        assertThat(next(quartz, channel.id())).contains(Instant.parse("2025-07-08T22:30:00Z"));
        assertThat(reply).contains("07:30 Asia/Seoul mon,wed").contains("the next one is Wed 9 Jul 07:30 Asia/Seoul");
        assertThat(chat.commands().handle(ref, admin, "/papers settings").text())
                .contains("Schedule: 07:30 Asia/Seoul mon,wed (next digest Wed 9 Jul 07:30 Asia/Seoul)");

        chat.commands().handle(ref, admin, "/papers schedule off");
        assertThat(next(quartz, channel.id())).isEmpty();
        assertThat(chat.commands().handle(ref, admin, "/papers settings").text()).contains("Schedule: off");

        // A channel the bot was removed from is paused; setting its schedule again resumes it.
        rig.app.channels().updateSettings(channel.id(), channel.settings(), channel.settings().paused("not_in_channel"), clock.instant());
        String resumed = chat.commands().handle(ref, admin, "/papers schedule 09:00 UTC weekdays").text();
        assertThat(resumed).contains("had been paused (not_in_channel)").contains("on again");
        assertThat(next(quartz, channel.id())).contains(Instant.parse("2025-07-08T09:00:00Z"));
        assertThat(chat.commands().handle(ref, admin, "/papers settings").text()).contains("Status: active");
    }

    @Test
    void givenTheBotWasDownForDaysWhenQuartzStartsThenOnlyTheMissedDigestInsideTheGraceWindowIsPosted() throws Exception {
        Clock clock = Clock.systemUTC();
        Rig rig = rig(clock);
        Instant now = clock.instant();
        // Daily at the minute an hour ago: the last three days' digests are long past, today's is an hour late.
        LocalTime anHourAgo = LocalTime.ofInstant(now.minus(Duration.ofHours(1)), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        Schedule schedule = new Schedule(true, anHourAgo, ZoneOffset.UTC, Schedule.DAILY);
        Instant created = now.minus(Duration.ofDays(3)).minus(Duration.ofHours(2));
        Channel channel = rig.channel("late", schedule, 2, created);
        rig.papers(2, 10, now.minus(Duration.ofDays(5)));
        List<Instant> missed = FireTimes.between(schedule, created, now);
        assertThat(missed).hasSize(4);

        FakeChat chat = new FakeChat();
        QuartzDigestScheduler quartz = quartz(rig, "late");
        AtomicInteger ingests = new AtomicInteger();
        quartz.start(rig.scheduled("late", chat, RetryPolicy.none(), quartz), ingests::incrementAndGet, "* * * * * ?", ZoneOffset.UTC,
                Duration.ofMinutes(10));

        Instant today = missed.get(3);
        await(() -> rig.runs.find(channel.id(), today).filter(r -> r.state() == DigestRun.State.DONE).isPresent());
        for (Instant old : missed.subList(0, 3)) {
            assertThat(rig.runs.find(channel.id(), old)).hasValueSatisfying(r -> {
                assertThat(r.state()).isEqualTo(DigestRun.State.SKIPPED);
                assertThat(r.note()).contains("late");
            });
        }
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(2);
        // The trigger moved on to tomorrow's digest; the ingest cron (every second here) ran too.
        await(() -> today.plus(Duration.ofDays(1)).equals(nextOrNull(quartz, channel.id())));
        await(() -> ingests.get() > 0);
    }

    @Test
    void givenADigestPostingAndAFetchHanging_whenTheSchedulerStops_thenItWaitsForTheDigestButCutsTheFetchShort() throws Exception {
        Clock clock = Clock.systemUTC();
        Rig rig = rig(clock);
        Instant now = clock.instant();
        LocalTime due = LocalTime.ofInstant(now.minus(Duration.ofMinutes(5)), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        Channel channel = rig.channel("held", new Schedule(true, due, ZoneOffset.UTC, Schedule.DAILY), 2, now.minus(Duration.ofHours(2)));
        rig.papers(2, 10, now.minus(Duration.ofDays(1)));
        FakeChat chat = new FakeChat();
        CountDownLatch posting = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        ChatGateway slowPlatform = new ChatGateway() {
            @Override
            public String post(ChannelRef ref, OutgoingMessage message) throws ChatException {
                posting.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return chat.post(ref, message);
            }
        };
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch fetchStopped = new CountDownLatch(1);
        ScheduledIngest hangingFetch = ScheduledIngest.of(() -> {
            fetching.countDown();
            try {
                fetchStopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, fetchStopped::countDown);
        QuartzDigestScheduler quartz = quartz(rig, "stopping");
        quartz.start(rig.scheduled("stopping", slowPlatform, RetryPolicy.none(), quartz), hangingFetch, "* * * * * ?", ZoneOffset.UTC,
                Duration.ofMinutes(10));
        assertThat(posting.await(30, TimeUnit.SECONDS)).as("the digest is being posted").isTrue();
        assertThat(fetching.await(30, TimeUnit.SECONDS)).as("a fetch is under way").isTrue();

        Thread platform = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            released.countDown();
        });
        platform.start();
        long t0 = System.nanoTime();
        boolean finished = quartz.stop(Duration.ofSeconds(20));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(finished).as("everything it waited for finished").isTrue();
        assertThat(took).as("waited for the digest (held 1 s), not for the fetch (60 s)")
                .isBetween(Duration.ofMillis(900), Duration.ofSeconds(15));
        assertThat(fetchStopped.getCount()).isZero();
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(2);
        Instant fireTime = FireTimes.between(channel.settings().schedule(), now.minus(Duration.ofMinutes(10)), now).get(0);
        assertThat(rig.runs.find(channel.id(), fireTime)).hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(DigestRun.State.DONE));
    }

    private static Instant nextOrNull(QuartzDigestScheduler quartz, long channelId) {
        try {
            return next(quartz, channelId).orElse(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
