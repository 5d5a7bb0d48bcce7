package dev.paperboy.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one path scheduled digests take: each (channel, fire time) is posted at most once, a late one is skipped, a
 * run left open by a crash or an outage is finished by whoever comes next, and papers not posted stay unread.
 */
class ScheduledDigestsTest {

    /** Monday 2025-07-07 09:00 UTC: the channel's daily digest is due. */
    static final Instant T = Instant.parse("2025-07-07T09:00:00Z");
    static final Schedule DAILY_9 = new Schedule(true, LocalTime.of(9, 0), ZoneOffset.UTC, Schedule.DAILY);

    private MutableClock clock;
    private Rig rig;
    private FakeChat chat;
    private Channel channel;

    @BeforeEach
    void open() throws Exception {
        clock = new MutableClock(T);
        rig = Rig.open(Rig.memoryDb(), clock);
        chat = new FakeChat();
        channel = rig.channel("c1", DAILY_9, 3, T.minus(Duration.ofDays(10)));
        rig.papers(1, 12, T.minus(Duration.ofDays(1)));
    }

    @AfterEach
    void close() {
        rig.close();
    }

    private DigestRun run(Instant fireTime) {
        return rig.runs.find(channel.id(), fireTime).orElseThrow();
    }

    @Test
    void givenADueDigestWhenItIsFiredTwiceThenTheChannelGetsItOnce() {
        ScheduledDigests a = rig.scheduled("a", chat);
        ScheduledDigests b = rig.scheduled("b", chat);

        assertThat(a.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.POSTED);
        assertThat(b.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.TAKEN);
        assertThat(a.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.TAKEN);

        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
        // In thread layout every paper goes under the header.
        String header = chat.headers(channel.ref()).get(0).id();
        assertThat(chat.posted(channel.ref())).filteredOn(p -> p.paperId().isPresent()).allSatisfy(p -> assertThat(p.thread()).contains(header));
        assertThat(run(T).state()).isEqualTo(DigestRun.State.DONE);
        assertThat(run(T).posted()).isEqualTo(3);
    }

    @Test
    void givenTheBotWasDownAtNineWhenItRecoversInsideTheGraceWindowThenTheDigestIsPostedElseSkipped() {
        ScheduledDigests digests = rig.scheduled("a", chat);
        clock.set(T.plus(Duration.ofHours(5)).plus(Duration.ofMinutes(59)));
        assertThat(digests.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.POSTED);

        Instant tuesday = T.plus(Duration.ofDays(1));
        clock.set(tuesday.plus(Duration.ofHours(6)).plusSeconds(1));
        assertThat(digests.fire(channel.id(), tuesday).result()).isEqualTo(ScheduledDigests.Result.SKIPPED);
        assertThat(run(tuesday).state()).isEqualTo(DigestRun.State.SKIPPED);
        assertThat(run(tuesday).note()).contains("late");
        assertThat(chat.headers(channel.ref())).hasSize(1);

        // What Tuesday did not post is still unread on Wednesday.
        Instant wednesday = T.plus(Duration.ofDays(2));
        clock.set(wednesday);
        assertThat(digests.fire(channel.id(), wednesday).papers()).isEqualTo(3);
        assertThat(chat.papers(channel.ref())).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void givenAProcessDiedBetweenClaimAndPostWhenItsLeaseLapsesThenAnotherProcessPostsTheDigestOnce() {
        rig.runs.claim(channel.id(), T, "dead-process", T, T.plus(Rig.LEASE));
        ScheduledDigests survivor = rig.scheduled("survivor", chat);

        clock.set(T.plus(Duration.ofMinutes(1)));
        assertThat(survivor.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.TAKEN);
        assertThat(survivor.recover()).isEmpty();
        assertThat(chat.posted()).isEmpty();

        clock.set(T.plus(Rig.LEASE).plusSeconds(1));
        assertThat(survivor.recover()).singleElement().satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));
        assertThat(survivor.recover()).isEmpty();
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3);
        assertThat(run(T).owner()).isEqualTo("survivor");
    }

    @Test
    void givenAProcessDiedMidDigestWhenAnotherTakesOverThenItPostsOnlyTheRestUnderTheSameHeader() {
        chat.succeed(2).die();   // header, first paper, then the process dies posting the second paper
        ScheduledDigests doomed = rig.scheduled("doomed", chat);
        assertThatThrownBy(() -> doomed.fire(channel.id(), T)).hasMessageContaining("killed");
        String firstPaper = chat.papers(channel.ref()).get(0);

        clock.set(T.plus(Rig.LEASE).plusSeconds(1));
        assertThat(rig.scheduled("survivor", chat).recover()).singleElement()
                .satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));

        assertThat(chat.headers(channel.ref())).hasSize(1);
        String header = chat.headers(channel.ref()).get(0).id();
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates().startsWith(firstPaper);
        assertThat(chat.posted(channel.ref())).filteredOn(p -> p.paperId().isPresent()).allSatisfy(p -> assertThat(p.thread()).contains(header));
        // Every message that reached the channel is on record (so reactions map back); the paper whose post was in
        // flight when the process died may have reached it too, so it is not posted again.
        assertThat(rig.app.deliveries().messageIds("test")).hasSize(4);
        assertThat(run(T).state()).isEqualTo(DigestRun.State.DONE);
        assertThat(run(T).posted()).isEqualTo(3);
    }

    @Test
    void givenAProcessDiedAfterThePlatformStoredTheHeaderWhenAnotherTakesOverThenItFindsTheHeaderAndPostsThePapersUnderIt() {
        chat.storeThenDie();
        assertThatThrownBy(() -> rig.scheduled("doomed", chat).fire(channel.id(), T)).hasMessageContaining("killed");

        clock.set(T.plus(Rig.LEASE).plusSeconds(1));
        assertThat(rig.scheduled("survivor", chat).recover()).singleElement()
                .satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));

        assertThat(chat.headers(channel.ref())).hasSize(1);
        String header = chat.headers(channel.ref()).get(0).id();
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
        assertThat(chat.posted(channel.ref())).filteredOn(p -> p.paperId().isPresent()).allSatisfy(p -> assertThat(p.thread()).contains(header));
        assertThat(run(T).state()).isEqualTo(DigestRun.State.DONE);
        assertThat(run(T).headerId()).contains(header);
    }

    @Test
    void givenAProcessDiedBeforeItsHeaderReachedTheChannelWhenAnotherTakesOverThenItPostsTheWholeDigestOnce() {
        chat.die();
        assertThatThrownBy(() -> rig.scheduled("doomed", chat).fire(channel.id(), T)).hasMessageContaining("killed");

        clock.set(T.plus(Rig.LEASE).plusSeconds(1));
        assertThat(rig.scheduled("survivor", chat).recover()).singleElement()
                .satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void givenAProcessDiedAfterThePlatformStoredAPaperWhenAnotherTakesOverThenTheDigestKeepsItsSizeAndNoPaperIsTwice() {
        chat.succeed(2).storeThenDie();   // header, first paper, second paper stored but its answer never heard
        assertThatThrownBy(() -> rig.scheduled("doomed", chat).fire(channel.id(), T)).hasMessageContaining("killed");
        assertThat(run(T).paperInDoubt()).isPresent();

        clock.set(T.plus(Rig.LEASE).plusSeconds(1));
        assertThat(rig.scheduled("survivor", chat).recover()).singleElement()
                .satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));

        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).as("the digest's size, no more").hasSize(3).doesNotHaveDuplicates();
        assertThat(run(T).posted()).isEqualTo(3);
        assertThat(run(T).paperInDoubt()).isEmpty();
        // The paper found in the channel is on record, so reactions on it count.
        assertThat(rig.app.deliveries().messageIds("test")).hasSize(4);
    }

    @Test
    void givenThePlatformStoredAPaperButAnsweredWithAnError_whenTheDigestTriesAgain_thenItFindsThePaperAndDoesNotPostItTwice() {
        chat.succeed(2).storeThenFail(new ChatException(ChatException.Reason.AMBIGUOUS, "500 after storing"))
                .fail(new ChatException(ChatException.Reason.AMBIGUOUS, "timeout before storing"));

        assertThat(rig.scheduled("a", chat).fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.POSTED);

        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
        assertThat(run(T).posted()).isEqualTo(3);
    }

    @Test
    void givenTheHeaderStoredButAnsweredWithAnErrorUntilTheRetriesRanOut_whenTheRunIsTriedAgain_thenThereIsOneHeader() {
        chat.storeThenFail(new ChatException(ChatException.Reason.AMBIGUOUS, "500 after storing"));
        ScheduledDigests digests = rig.scheduled("a", chat, RetryPolicy.none(), new TickScheduler(clock));

        assertThat(digests.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.RETRY_LATER);
        assertThat(run(T).state()).as("the header may be in the channel").isEqualTo(DigestRun.State.SENDING);

        clock.set(T.plus(Duration.ofMinutes(2)));
        assertThat(digests.recover()).singleElement().satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void givenOnePaperThePlatformRefusesForGood_whenDigestsArePosted_thenTheOthersComeAndItNeverBlocksTheChannel() {
        chat.succeed(1).fail(new ChatException(ChatException.Reason.REFUSED, "invalid_blocks"));
        ScheduledDigests digests = rig.scheduled("a", chat);

        assertThat(digests.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.POSTED);
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
        assertThat(run(T).state()).isEqualTo(DigestRun.State.DONE);

        Instant tuesday = T.plus(Duration.ofDays(1));
        clock.set(tuesday);
        int calls = chat.calls();
        assertThat(digests.fire(channel.id(), tuesday).papers()).isEqualTo(3);
        assertThat(chat.calls()).as("the refused paper is not tried again").isEqualTo(calls + 4);
        assertThat(chat.papers(channel.ref())).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void givenAnInstanceWithoutTheChannelsPlatform_whenTheDigestFiresThere_thenItIsLeftForAnInstanceThatHasIt() {
        ScheduledDigests withoutIt = rig.scheduled("discord-only", new dev.paperboy.channel.RoutingGateway(), RetryPolicy.none(),
                new TickScheduler(clock));
        ScheduledDigests withIt = rig.scheduled("has-test", chat);

        assertThat(withoutIt.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.LEFT);
        assertThat(withoutIt.recover()).singleElement().satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.LEFT));
        assertThat(run(T).state().open()).isTrue();

        assertThat(withIt.recover()).singleElement().satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3);
        assertThat(run(T).state()).isEqualTo(DigestRun.State.DONE);
    }

    @Test
    void givenAPlatformThatCannotLookWhenAProcessDiedWhilePostingTheHeaderThenTheDigestIsNotPostedAgainAndItsPapersStayUnread() {
        chat.blind().die();
        assertThatThrownBy(() -> rig.scheduled("doomed", chat).fire(channel.id(), T)).hasMessageContaining("killed");

        ScheduledDigests survivor = rig.scheduled("survivor", chat);
        clock.set(T.plus(Rig.LEASE).plusSeconds(1));
        assertThat(survivor.recover()).singleElement().satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.ABANDONED));
        assertThat(chat.posted()).isEmpty();
        assertThat(run(T).state()).isEqualTo(DigestRun.State.ABANDONED);

        Instant tuesday = T.plus(Duration.ofDays(1));
        clock.set(tuesday);
        assertThat(survivor.fire(channel.id(), tuesday).papers()).isEqualTo(3);
    }

    @Test
    void givenTheChatFailsTwiceThenSucceedsWhenTheDigestFiresThenItIsPostedOnceAfterWaitingAsAsked() {
        chat.fail(new ChatException(ChatException.Reason.TRANSIENT, "429 rate limited", Duration.ofSeconds(7), null))
                .succeed(1)
                .fail(new ChatException(ChatException.Reason.TRANSIENT, "503 unavailable"));

        ScheduledDigests.Fired fired = rig.scheduled("a", chat).fire(channel.id(), T);

        assertThat(fired.result()).isEqualTo(ScheduledDigests.Result.POSTED);
        assertThat(rig.sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void givenAnOutageLongerThanTheRetriesThenTheDigestIsTriedAgainLaterAndPostedOnce() {
        ChatException down = new ChatException(ChatException.Reason.TRANSIENT, "502 bad gateway");
        chat.failAlways(down);
        ScheduledDigests digests = rig.scheduled("a", chat, new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60)), new TickScheduler(clock));

        assertThat(digests.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.RETRY_LATER);
        assertThat(chat.calls()).isEqualTo(3);
        assertThat(run(T).state()).isEqualTo(DigestRun.State.PENDING);

        clock.set(T.plusSeconds(30));
        assertThat(digests.recover()).isEmpty();
        chat.heal();
        clock.set(T.plus(Duration.ofMinutes(2)));
        assertThat(digests.recover()).singleElement().satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.POSTED));
        assertThat(chat.headers(channel.ref())).hasSize(1);
        assertThat(chat.papers(channel.ref())).hasSize(3);
    }

    @Test
    void givenAPostThatWaitsOutALongRateLimit_whenItWaits_thenItKeepsRenewingItsLeaseSoItNeverLooksDead() {
        chat.succeed(1).fail(new ChatException(ChatException.Reason.TRANSIENT, "429 rate limited", Duration.ofSeconds(50), null));
        java.util.List<Duration> leaseLeft = new java.util.ArrayList<>();
        java.util.List<Duration> waits = new java.util.ArrayList<>();
        ScheduledDigests digests = rig.scheduled("a", chat, new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(60)), wait -> {
            waits.add(wait);
            clock.set(clock.instant().plus(wait));
            leaseLeft.add(Duration.between(clock.instant(), run(T).leaseUntil().orElseThrow()));
        });

        assertThat(digests.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.POSTED);

        assertThat(waits).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(5));
        assertThat(leaseLeft).allSatisfy(left -> assertThat(left).isGreaterThanOrEqualTo(Rig.LEASE.minus(DigestService.RENEW_EVERY)));
        assertThat(chat.papers(channel.ref())).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void givenARetryAfterLongerThanWeWaitInPlaceThenNoThreadSleepsAndTheRunWaitsForLater() {
        chat.fail(new ChatException(ChatException.Reason.TRANSIENT, "429 rate limited", Duration.ofMinutes(10), null));

        assertThat(rig.scheduled("a", chat).fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.RETRY_LATER);
        assertThat(rig.sleeps).isEmpty();
        assertThat(chat.calls()).isEqualTo(1);
    }

    @Test
    void givenTheChatFailsMidDigestUntilTheGraceWindowClosesThenTheRunIsClosedAndTheRestStaysUnread() {
        chat.succeed(2).failAlways(new ChatException(ChatException.Reason.TRANSIENT, "timeout"));
        ScheduledDigests digests = rig.scheduled("a", chat);
        assertThat(digests.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.RETRY_LATER);
        assertThat(chat.papers(channel.ref())).hasSize(1);

        clock.set(T.plus(Rig.GRACE).plusSeconds(1));
        assertThat(digests.recover()).singleElement().satisfies(f -> assertThat(f.result()).isEqualTo(ScheduledDigests.Result.FAILED));
        assertThat(run(T).state()).isEqualTo(DigestRun.State.FAILED);
        assertThat(run(T).posted()).isEqualTo(1);

        chat.heal();
        Instant tuesday = T.plus(Duration.ofDays(1));
        clock.set(tuesday);
        digests.fire(channel.id(), tuesday);
        assertThat(chat.papers(channel.ref())).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void givenTheBotWasRemovedFromTheChannelThenItIsPausedAndNotTriedAgain() {
        chat.fail(new ChatException(ChatException.Reason.CHANNEL_UNAVAILABLE, "not_in_channel"));
        RecordingScheduler scheduler = new RecordingScheduler();
        ScheduledDigests digests = rig.scheduled("a", chat, RetryPolicy.none(), scheduler);

        assertThat(digests.fire(channel.id(), T).result()).isEqualTo(ScheduledDigests.Result.FAILED);
        Channel paused = rig.app.channels().find(channel.id()).orElseThrow();
        assertThat(paused.settings().paused()).isTrue();
        assertThat(paused.settings().pausedReason()).contains("not_in_channel");
        assertThat(scheduler.changed).containsExactly(channel.id());

        Instant tuesday = T.plus(Duration.ofDays(1));
        clock.set(tuesday);
        int calls = chat.calls();
        assertThat(digests.fire(channel.id(), tuesday).result()).isEqualTo(ScheduledDigests.Result.SKIPPED);
        assertThat(chat.calls()).isEqualTo(calls);
    }

    /** A digest scheduler that notes which channels it was told about. */
    static final class RecordingScheduler implements dev.paperboy.channel.DigestScheduler {
        final java.util.List<Long> changed = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void scheduleChanged(Channel channel) {
            changed.add(channel.id());
        }

        @Override
        public java.util.Optional<Instant> nextDigest(Channel channel) {
            return java.util.Optional.empty();
        }
    }
}
