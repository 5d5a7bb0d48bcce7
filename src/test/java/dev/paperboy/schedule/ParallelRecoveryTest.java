package dev.paperboy.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After a long chat outage several channels' digests wait to be tried again. Upkeep hands each to the digest threads,
 * so they are posted side by side rather than one after another inside the upkeep job.
 */
class ParallelRecoveryTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** A platform that takes 300 ms per post and remembers how many posts were ever in flight at once. */
    private static final class SlowChat implements ChatGateway {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger headers = new AtomicInteger();
        private final AtomicInteger ids = new AtomicInteger();

        @Override
        public String post(ChannelRef channel, OutgoingMessage message) {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            if (message.kind() == OutgoingMessage.Kind.DIGEST) {
                headers.incrementAndGet();
            }
            return "m" + ids.incrementAndGet();
        }
    }

    @Test
    void givenFourDigestsLeftOpenByAnOutage_whenUpkeepRuns_thenTheyArePostedSideBySide() throws Exception {
        Clock clock = Clock.systemUTC();
        Rig rig = Rig.open(Rig.memoryDb(), clock);
        open.add(rig);
        Instant now = clock.instant();
        // Their next scheduled digest is hours away; what is due is the one the outage left open, 20 minutes ago.
        Schedule later = new Schedule(true, LocalTime.ofInstant(now.plus(Duration.ofHours(3)), ZoneOffset.UTC).withSecond(0).withNano(0),
                ZoneOffset.UTC, Schedule.DAILY);
        rig.papers(3, 10, now.minus(Duration.ofDays(1)));
        QuartzDigestScheduler quartz = QuartzDigestScheduler.open(new QuartzSettings(rig.app.config().string("db.url"), "sa", "", 4,
                "recovering", Duration.ofSeconds(1), Duration.ofSeconds(1)), rig.app.channels(), rig.runs, clock);
        open.add(quartz);
        SlowChat chat = new SlowChat();
        quartz.start(rig.scheduled("recovering", chat, RetryPolicy.none(), quartz), () -> { }, "0 0 0 1 1 ? 2099", ZoneOffset.UTC,
                Duration.ofSeconds(1));

        List<Channel> channels = new ArrayList<>();
        // Whole seconds: the database keeps microseconds at most, and the run is looked up by its fire time.
        Instant due = now.minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 4; i++) {
            Channel channel = rig.channel("outage-" + i, later, 2, now.minus(Duration.ofHours(1)));
            channels.add(channel);
            // Claimed by a process whose lease lapsed during the outage: open, waiting for upkeep.
            assertThat(rig.runs.claim(channel.id(), due, "gone", due, due.plusSeconds(1))).isTrue();
        }

        QuartzDigestSchedulerTest.await(() -> channels.stream().allMatch(c ->
                rig.runs.find(c.id(), due).filter(r -> r.state() == DigestRun.State.DONE).isPresent()));
        assertThat(chat.headers.get()).isEqualTo(4);
        assertThat(chat.most.get()).as("digests posted at the same time").isGreaterThanOrEqualTo(2);
    }
}
