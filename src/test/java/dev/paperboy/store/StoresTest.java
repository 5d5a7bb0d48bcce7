package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.Layout;
import dev.paperboy.channel.Schedule;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.tag.TagScore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stores on the real Flyway migrations, in an in-memory H2; {@link PostgresStoresTest} runs the same on PostgreSQL. */
class StoresTest {

    static final Instant T0 = Instant.parse("2025-07-04T09:00:00Z");
    static final ChannelSettings DEFAULTS = new ChannelSettings(5, Layout.CHANNEL,
            new Schedule(true, LocalTime.of(9, 0), ZoneId.of("UTC"), Schedule.WEEKDAYS), false, "");

    private Database db;
    private JdbcPaperStore papers;
    private JdbcTagStore tags;
    private JdbcChannelStore channels;
    private JdbcDeliveryStore deliveries;
    private JdbcCandidateStore candidates;

    @BeforeEach
    void open() {
        db = Database.open(freshUrl(), user(), "", 2);
        papers = new JdbcPaperStore(db.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
        tags = new JdbcTagStore(db.dataSource());
        channels = new JdbcChannelStore(db.dataSource());
        deliveries = new JdbcDeliveryStore(db.dataSource());
        candidates = new JdbcCandidateStore(db.dataSource());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A new, empty database, migrated by the first open. */
    String freshUrl() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    String user() {
        return "sa";
    }

    static Paper paper(String id, int version, String title) {
        return new Paper(id, title, "Abstract of " + title + ".", List.of("A. Author", "B. Author"), List.of("cs.LG"), T0, 0, version, "test");
    }

    @Test
    void aLaterVersionUpdatesTheOneRowAndAnOlderOneChangesNothing() {
        assertThat(papers.upsert(paper("2506.20639", 1, "First title"))).isEqualTo(PaperStore.Outcome.INSERTED);
        assertThat(papers.upsert(paper("2506.20639", 2, "Revised title"))).isEqualTo(PaperStore.Outcome.UPDATED);
        assertThat(papers.upsert(paper("2506.20639", 1, "First title"))).isEqualTo(PaperStore.Outcome.UNCHANGED);
        assertThat(papers.count()).isEqualTo(1);
        Paper stored = papers.find("2506.20639").orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.title()).isEqualTo("Revised title");
        assertThat(stored.authors()).containsExactly("A. Author", "B. Author");
        assertThat(stored.published()).isEqualTo(T0);
    }

    @Test
    void aNewVersionDoesNotMakeADeliveredPaperUnreadAgain() {
        papers.upsert(paper("2506.20639", 1, "T"));
        Channel c = channels.getOrCreate(new ChannelRef("console", "local", "c1"), DEFAULTS, T0);
        assertThat(deliveries.claim(c.id(), "2506.20639", T0)).isTrue();
        papers.upsert(paper("2506.20639", 3, "T v3"));
        assertThat(candidates.unseen(c.id(), Set.of(), T0.minusSeconds(10), Instant.parse("2100-01-01T00:00:00Z"), 10)).isEmpty();
    }

    @Test
    void aPaperCanBeClaimedForAChannelOnlyOnce() {
        papers.upsert(paper("2506.00001", 1, "T"));
        Channel c1 = channels.getOrCreate(new ChannelRef("console", "local", "c1"), DEFAULTS, T0);
        Channel c2 = channels.getOrCreate(new ChannelRef("console", "local", "c2"), DEFAULTS, T0);
        assertThat(deliveries.claim(c1.id(), "2506.00001", T0)).isTrue();
        assertThat(deliveries.claim(c1.id(), "2506.00001", T0)).isFalse();
        assertThat(deliveries.claim(c2.id(), "2506.00001", T0)).isTrue();
        deliveries.release(c1.id(), "2506.00001");
        assertThat(deliveries.claim(c1.id(), "2506.00001", T0)).isTrue();
    }

    @Test
    void candidatesMatchEffectiveTagsAndHumanTagsOverrideTheMachine() {
        papers.upsert(paper("2506.00001", 1, "RL paper"));
        papers.upsert(paper("2506.00002", 1, "Vision paper"));
        papers.upsert(paper("2506.00003", 1, "Machine says rl, curator says vision"));
        tags.replaceMachineTags("2506.00001", List.of(new TagScore("rl", 0.9, TagScore.MACHINE)));
        tags.replaceMachineTags("2506.00002", List.of(new TagScore("computer-vision", 0.9, TagScore.MACHINE)));
        tags.replaceMachineTags("2506.00003", List.of(new TagScore("rl", 0.8, TagScore.MACHINE)));
        tags.addHumanTags("2506.00003", List.of("computer-vision"));
        Channel c = channels.getOrCreate(new ChannelRef("console", "local", "c1"), DEFAULTS, T0);

        assertThat(candidates.unseen(c.id(), Set.of("rl"), T0.minusSeconds(60), Instant.parse("2100-01-01T00:00:00Z"), 10)).extracting(Paper::id).containsExactly("2506.00001");
        assertThat(candidates.unseen(c.id(), Set.of(), T0.minusSeconds(60), Instant.parse("2100-01-01T00:00:00Z"), 10)).hasSize(3);
        assertThat(tags.effectiveTags(List.of("2506.00003")).get("2506.00003")).extracting(TagScore::tag).containsExactly("computer-vision");
        // Re-tagging by machine keeps the human tag.
        tags.replaceMachineTags("2506.00003", List.of());
        assertThat(tags.effectiveTags(List.of("2506.00003")).get("2506.00003")).extracting(TagScore::origin).containsExactly(TagScore.HUMAN);
    }

    @Test
    void channelsKeepSettingsAndSubscriptions() {
        ChannelRef ref = new ChannelRef("slack", "T1", "C1");
        Channel created = channels.getOrCreate(ref, DEFAULTS, T0);
        assertThat(channels.getOrCreate(ref, DEFAULTS, T0).id()).isEqualTo(created.id());
        channels.subscribe(created.id(), List.of("rl", "agent"), T0);
        channels.subscribe(created.id(), List.of("rl"), T0);
        channels.unsubscribe(created.id(), List.of("agent"));
        channels.updateSettings(created.id(), created.settings(), created.settings().withSize(3).withLayout(Layout.THREAD)
                .withSchedule(new Schedule(true, LocalTime.of(7, 30), ZoneId.of("Asia/Seoul"), Schedule.DAILY)), T0);
        Channel reread = channels.find(ref).orElseThrow();
        assertThat(reread.tags()).containsExactly("rl");
        assertThat(reread.settings().digestSize()).isEqualTo(3);
        assertThat(reread.settings().layout()).isEqualTo(Layout.THREAD);
        assertThat(reread.settings().schedule().describe()).isEqualTo("07:30 Asia/Seoul daily");
        assertThat(channels.all()).singleElement().satisfies(c -> assertThat(c.tags()).containsExactly("rl"));
    }

    @Test
    void givenTwoChangesFromTheSameRead_whenBothAreWritten_thenBothStay() {
        Channel read = channels.getOrCreate(new ChannelRef("slack", "T1", "C9"), DEFAULTS, T0);
        channels.updateSettings(read.id(), read.settings(), read.settings().paused("not_in_channel"), T0);
        channels.updateSettings(read.id(), read.settings(), read.settings().withSize(2), T0);
        ChannelSettings now = channels.find(read.id()).orElseThrow().settings();
        assertThat(now.paused()).isTrue();
        assertThat(now.pausedReason()).isEqualTo("not_in_channel");
        assertThat(now.digestSize()).isEqualTo(2);
    }

    @Test
    void messagesMapBackToTheirPaperAndRunsAreClaimedOnce() {
        papers.upsert(paper("2506.00001", 1, "T"));
        Channel c = channels.getOrCreate(new ChannelRef("console", "local", "c1"), DEFAULTS, T0);
        deliveries.recordMessage(c.id(), "m1", null, "digest", T0);
        deliveries.recordMessage(c.id(), "m2", "2506.00001", "paper", T0);
        assertThat(deliveries.paperOfMessage(c.id(), "m2")).contains("2506.00001");
        assertThat(deliveries.paperOfMessage(c.id(), "m1")).isEmpty();
        assertThat(deliveries.messageIds("console")).containsExactlyInAnyOrder("m1", "m2");
        // What a reaction needs, from the channel's chat reference: only paper messages of that very channel.
        assertThat(deliveries.paperMessage(c.ref(), "m2")).contains(new DeliveryStore.PaperMessage(c.id(), "2506.00001"));
        assertThat(deliveries.paperMessage(c.ref(), "m1")).isEmpty();
        assertThat(deliveries.paperMessage(new ChannelRef("console", "local", "c2"), "m2")).isEmpty();
        JdbcDigestRunStore runs = new JdbcDigestRunStore(db.dataSource());
        assertThat(runs.lastRun(c.id())).isEmpty();
        assertThat(runs.claim(c.id(), T0, "a", T0, T0.plusSeconds(300))).isTrue();
        assertThat(runs.claim(c.id(), T0, "b", T0, T0.plusSeconds(300))).isFalse();
        assertThat(runs.skip(c.id(), T0, "late", T0)).isFalse();
        assertThat(runs.lastRun(c.id())).contains(T0);
    }

    @Test
    void anOpenRunIsTakenOverOnceItsLeaseLapsesAndOnlyByOneProcess() {
        Channel c = channels.getOrCreate(new ChannelRef("console", "local", "c1"), DEFAULTS, T0);
        JdbcDigestRunStore runs = new JdbcDigestRunStore(db.dataSource());
        Instant lease = T0.plusSeconds(300);
        runs.claim(c.id(), T0, "a", T0, lease);
        runs.sending(c.id(), T0, "a");
        runs.headerPosted(c.id(), T0, "a", "m1");
        runs.paperPosted(c.id(), T0, "a");
        assertThat(runs.stalled(lease.minusSeconds(1))).isEmpty();
        assertThat(runs.takeOver(c.id(), T0, "b", lease.minusSeconds(1), lease.plusSeconds(300))).isFalse();

        assertThat(runs.stalled(lease)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(DigestRun.State.SENDING);
            assertThat(r.headerId()).contains("m1");
            assertThat(r.posted()).isEqualTo(1);
        });
        assertThat(runs.takeOver(c.id(), T0, "b", lease, lease.plusSeconds(300))).isTrue();
        assertThat(runs.takeOver(c.id(), T0, "c", lease, lease.plusSeconds(300))).isFalse();
        // The process that lost the run can no longer change it.
        assertThat(runs.renew(c.id(), T0, "a", lease.plusSeconds(600))).isFalse();
        runs.finish(c.id(), T0, "a", DigestRun.State.FAILED, "stale", lease);
        runs.finish(c.id(), T0, "b", DigestRun.State.DONE, "posted 5 papers", lease);
        assertThat(runs.find(c.id(), T0)).hasValueSatisfying(r -> {
            assertThat(r.state()).isEqualTo(DigestRun.State.DONE);
            assertThat(r.owner()).isEqualTo("b");
            assertThat(r.attempts()).isEqualTo(2);
        });
        assertThat(runs.stalled(lease.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aRunWhoseOwnerLeftTheSchedulerClusterIsTakenOverOnceSilentWithoutWaitingForItsLease() {
        Channel c = channels.getOrCreate(new ChannelRef("console", "local", "c1"), DEFAULTS, T0);
        Channel d = channels.getOrCreate(new ChannelRef("console", "local", "c2"), DEFAULTS, T0);
        JdbcDigestRunStore runs = new JdbcDigestRunStore(db.dataSource());
        Instant lease = T0.plusSeconds(300);
        runs.claim(c.id(), T0, "killed", T0, lease);
        runs.claim(d.id(), T0, "alive", T0, lease);
        Instant now = T0.plusSeconds(60);
        // No cluster (the console): only the lease counts.
        assertThat(runs.stalled(now, lease)).isEmpty();

        new Jdbc(db.dataSource()).update("INSERT INTO qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval) "
                + "VALUES ('paperboy', 'alive', 0, 7500)");

        assertThat(runs.stalled(now, lease.minusSeconds(1))).as("renewed too recently").isEmpty();
        assertThat(runs.stalled(now, lease)).singleElement().satisfies(r -> assertThat(r.owner()).isEqualTo("killed"));
        assertThat(runs.takeOver(d.id(), T0, "taker", now, now.plusSeconds(300), lease)).as("a live owner keeps its run").isFalse();
        assertThat(runs.takeOver(c.id(), T0, "taker", now, now.plusSeconds(300), lease)).isTrue();
        assertThat(runs.takeOver(c.id(), T0, "other", now, now.plusSeconds(300), lease)).as("the taker is not live either, but renewed").isFalse();
    }

    @Test
    void aReactionOnAMessageNotRecordedYetBecomesThePapersFeedbackWhenItIsAndARedeliveredEventCountsOnce() {
        papers.upsert(paper("2506.00001", 1, "T"));
        Channel c = channels.getOrCreate(new ChannelRef("slack", "T1", "C1"), DEFAULTS, T0);
        JdbcFeedbackStore feedback = new JdbcFeedbackStore(db.dataSource());
        assertThat(deliveries.keepPending(c.ref(), "m2", "u1", "+1", false, T0, java.util.Optional.of("slack:Ev1"), T0)).isTrue();
        assertThat(deliveries.keepPending(c.ref(), "m2", "u1", "+1", false, T0, java.util.Optional.of("slack:Ev1"), T0))
                .as("the same event delivered again").isFalse();

        deliveries.recordMessage(c.id(), "m2", "2506.00001", "paper", T0.plusSeconds(1));

        assertThat(feedback.signals(c.id())).singleElement().satisfies(s -> {
            assertThat(s.paperId()).isEqualTo("2506.00001");
            assertThat(s.userId()).isEqualTo("u1");
            assertThat(s.at()).isEqualTo(T0);
        });
        var later = new dev.paperboy.feedback.Signal(c.id(), "2506.00001", "u1", "m2", "+1", true, T0.plusSeconds(5), "reaction");
        assertThat(feedback.record(later, java.util.Optional.of("slack:Ev2"))).isTrue();
        assertThat(feedback.record(later, java.util.Optional.of("slack:Ev2"))).as("a retried delivery").isFalse();
        assertThat(feedback.signals(c.id())).hasSize(2);
    }
}
