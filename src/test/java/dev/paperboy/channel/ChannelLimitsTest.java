package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.TestPapers;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** No member can drain or flood a channel: on-demand digests and seeds have limits, seeds can be taken back, taste reset. */
class ChannelLimitsTest {

    private static final ChannelRef REF = new ChannelRef("slack", "T1", "C1");
    private static final Caller MANAGER = new Caller("U1", true);
    private static final Caller MEMBER = new Caller("U2", false);

    @Test
    void givenAMemberAskingForDigestAfterDigest_whenTheHoursLimitIsReached_thenTheRestStaysForTheScheduledDigest() throws Exception {
        try (TestApp app = TestApp.open("embed.enabled=false", "ranking.mode=tags-only", "limits.digests-per-hour=2")) {
            app.ingest(TestPapers.rlPapers("2507.100", 12, Instant.now()));
            app.commands().handle(REF, MANAGER, "/papers subscribe rl");
            assertThat(app.commands().handle(REF, MEMBER, "/papers digest 3").text()).contains("Posted 3 papers");
            assertThat(app.commands().handle(REF, MEMBER, "/papers digest 3").text()).contains("Posted 3 papers");

            Reply third = app.commands().handle(REF, MEMBER, "/papers digest 3");
            assertThat(third.isError()).isTrue();
            assertThat(third.text()).contains("2 digests on demand in the last hour").contains("Scheduled digests come as usual");
            assertThat(app.postedPapers()).hasSize(6);
        }
    }

    @Test
    void givenTooManySeedsInOneCommand_whenSent_thenNoneIsAddedAndTheLimitIsNamed() throws Exception {
        try (TestApp app = TestApp.open("embed.enabled=false", "ranking.mode=tags-only", "limits.seeds-per-command=3")) {
            List<Paper> papers = TestPapers.rlPapers("2507.100", 4, Instant.now());
            app.ingest(papers);
            String all = papers.stream().map(Paper::id).collect(Collectors.joining(" "));
            Reply flood = app.commands().handle(REF, MEMBER, "/papers seed " + all);
            assertThat(flood.isError()).isTrue();
            assertThat(flood.text()).contains("at most 3");
            assertThat(seeds(app)).isEmpty();
        }
    }

    @Test
    void givenSeedsAndVotes_whenAMemberUnseedsAndAManagerForgets_thenTasteIsResetButDeliveredPapersStayDelivered() throws Exception {
        try (TestApp app = TestApp.open("embed.enabled=false", "ranking.mode=tags-only")) {
            List<Paper> papers = TestPapers.rlPapers("2507.100", 8, Instant.now());
            app.ingest(papers);
            app.commands().handle(REF, MANAGER, "/papers subscribe rl");
            app.commands().handle(REF, MEMBER, "/papers seed 2507.10001 2507.10002 2507.10003");
            Reply unseeded = app.commands().handle(REF, MEMBER, "/papers unseed https://arxiv.org/abs/2507.10002v1 2507.10008");
            assertThat(unseeded.isError()).isFalse();
            assertThat(unseeded.text()).contains("Took back 1 seed: 2507.10002").contains("`2507.10008` is not one of this channel's seeds");
            assertThat(seeds(app)).containsExactlyInAnyOrder("2507.10001", "2507.10003");

            app.commands().handle(REF, MEMBER, "/papers like 2507.10004");
            app.commands().handle(REF, MEMBER, "/papers digest 2");
            List<String> delivered = app.postedPapers();
            assertThat(app.commands().handle(REF, MEMBER, "/papers forget").text()).contains("Only members who may manage");
            Reply forgot = app.commands().handle(REF, MANAGER, "/papers forget");
            assertThat(forgot.isError()).isFalse();
            assertThat(forgot.text()).contains("Forgot this channel's taste");
            long id = app.wiring().channels().find(REF).orElseThrow().id();
            assertThat(seeds(app)).isEmpty();
            assertThat(app.wiring().feedback().opinions(id)).isEmpty();

            app.commands().handle(REF, MEMBER, "/papers digest 20");
            assertThat(app.postedPapers().subList(delivered.size(), app.postedPapers().size()))
                    .as("delivered papers stay delivered").doesNotContainAnyElementsOf(delivered)
                    .as("forgotten seeds and likes are candidates again").contains("2507.10001", "2507.10004");
        }
    }

    private static java.util.Set<String> seeds(TestApp app) {
        return app.wiring().channels().find(REF).map(c -> app.wiring().feedback().seeds(c.id())).orElse(java.util.Set.of());
    }
}
