package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.feedback.Opinion;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What reaches the channel when Slack takes a post but the answer is lost (a 5xx after storing it, an answer
 * later than the client waits), when Slack refuses one paper for good, and when a member clicks a vote while the
 * bot is still adding its own: every paper once, one header, the rest of the digest delivered, no click lost.
 */
class SlackExactlyOnceTest {

    private static final Pattern PAPER_ID = Pattern.compile("id `([^`]+)`");
    private static final String INTERNAL_ERROR = "{\"ok\":false,\"error\":\"internal_error\"}";
    private SlackBench bench;

    @AfterEach
    void close() {
        if (bench != null) {
            bench.close();
        }
    }

    private void channelWithPapers(int papers) throws Exception {
        bench = SlackBench.withRlChannel(papers);
    }

    @Test
    void givenSlackStoresAPaperThenAnswers500_whenTheDigestGoesOn_thenThePaperIsInTheChannelOnce() throws Exception {
        channelWithPapers(2);
        bench.slack.storeThenFail("chat.postMessage", 1, 500, INTERNAL_ERROR);

        assertThat(bench.ask("U0ALICE", "digest 2").get("text").asText()).isEqualTo("Posted 2 papers.");

        assertThat(storedPaperIds()).containsExactlyInAnyOrder("2507.00001", "2507.00002");
        assertThat(headers()).isEqualTo(1);
        assertThat(bench.slack.calls("/api/conversations.history")).as("looked before posting again").isNotEmpty();
    }

    @Test
    void givenSlackStoresAPaperButAnswersAfterTheClientGaveUp_whenTheDigestGoesOn_thenThePaperIsInTheChannelOnce() throws Exception {
        channelWithPapers(2);
        bench.slack.storeThenAnswerLate("chat.postMessage", 1);

        assertThat(bench.ask("U0ALICE", "digest 2").get("text").asText()).isEqualTo("Posted 2 papers.");

        assertThat(storedPaperIds()).containsExactlyInAnyOrder("2507.00001", "2507.00002");
    }

    @Test
    void givenSlackStoresTheHeaderThenAnswers500_whenTheDigestGoesOn_thenThereIsOneHeaderAndThePapersFollowIt() throws Exception {
        channelWithPapers(2);
        bench.slack.storeThenFail("chat.postMessage", 0, 500, INTERNAL_ERROR);

        assertThat(bench.ask("U0ALICE", "digest 2").get("text").asText()).isEqualTo("Posted 2 papers.");

        assertThat(headers()).isEqualTo(1);
        assertThat(storedPaperIds()).containsExactlyInAnyOrder("2507.00001", "2507.00002");
    }

    @Test
    void givenSlackAnswers503_whenAPaperIsPosted_thenOneLayerTriesAgain() throws Exception {
        channelWithPapers(1);
        bench.slack.failAfter("chat.postMessage", 1, 503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}");
        bench.slack.failAfter("chat.postMessage", 0, 503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}");

        assertThat(bench.ask("U0ALICE", "digest").get("text").asText()).isEqualTo("Posted 1 paper.");

        // header, two refused tries, the post that went through: each try is one call, waited for by the digest.
        assertThat(bench.slack.calls("/api/chat.postMessage")).hasSize(4);
        assertThat(bench.retryWaitSeconds()).containsExactly(1L, 2L);
        assertThat(storedPaperIds()).containsExactly("2507.00001");
    }

    @Test
    void givenSlackRefusesOnePaperForGood_whenDigestsArePosted_thenTheOthersComeAndItIsNeverTriedAgain() throws Exception {
        channelWithPapers(3);
        bench.slack.failAfter("chat.postMessage", 1, 200, Map.of(), "{\"ok\":false,\"error\":\"invalid_blocks\"}");

        assertThat(bench.ask("U0ALICE", "digest 2").get("text").asText()).isEqualTo("Posted 2 papers.");
        List<String> first = storedPaperIds();
        assertThat(first).hasSize(2);

        assertThat(bench.ask("U0ALICE", "digest 5").get("text").asText()).startsWith("Nothing new");
        List<FakeSlack.Call> paperTries = bench.slack.calls("/api/chat.postMessage").stream()
                .filter(c -> c.param("blocks") != null && PAPER_ID.matcher(c.param("blocks")).find()).toList();
        assertThat(paperTries).as("the refused paper was tried once, the others posted once").hasSize(3);
    }

    @Test
    void givenAMemberClicksAVoteWhileTheBotAddsItsOwn_whenTheEventArrives_thenTheReactionCounts() throws Exception {
        channelWithPapers(1);
        bench.slack.whenCalled("reactions.add", params -> {
            if ("+1".equals(params.get("name"))) {
                try {
                    bench.event(SlackBench.reaction("reaction_added", "U0BOB", "+1", FakeSlack.BOT_USER, params.get("timestamp")));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(bench.ask("U0ALICE", "digest").get("text").asText()).isEqualTo("Posted 1 paper.");

        long channelId = bench.channel().orElseThrow().id();
        Map<String, Opinion> opinions = bench.wiring.feedback().opinions(channelId);
        assertThat(opinions).containsOnlyKeys("2507.00001");
        assertThat(opinions.get("2507.00001").positive()).isEqualTo(1);
    }

    @Test
    void givenAMemberReactsBeforeThePostHasReturned_whenThePaperIsRecorded_thenTheReactionCounts() throws Exception {
        channelWithPapers(1);
        bench.slack.whenCalled("chat.postMessage", params -> {
            if (params.get("blocks") != null && PAPER_ID.matcher(params.get("blocks")).find()) {
                try {
                    // Slack shows the message, and sends the member's click, before the bot hears back from its post.
                    bench.event(SlackBench.reaction("reaction_added", "U0BOB", "-1", FakeSlack.BOT_USER, bench.slack.nextTs()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(bench.ask("U0ALICE", "digest").get("text").asText()).isEqualTo("Posted 1 paper.");

        Map<String, Opinion> opinions = bench.wiring.feedback().opinions(bench.channel().orElseThrow().id());
        assertThat(opinions.get("2507.00001").negative()).isEqualTo(1);
    }

    @Test
    void givenARemovalThatArrivesBeforeItsAdd_whenBothAreHandled_thenTheVoteIsGoneAsTheMemberLeftIt() throws Exception {
        channelWithPapers(1);
        bench.ask("U0ALICE", "digest");
        String ts = paperTs();

        // Slack retried the add's delivery, so it arrives after the removal that the member made later.
        bench.event(SlackBench.reaction("reaction_removed", "U0BOB", "+1", FakeSlack.BOT_USER, ts, "1751360500.000200"), "EvREMOVE", 0);
        bench.event(SlackBench.reaction("reaction_added", "U0BOB", "+1", FakeSlack.BOT_USER, ts, "1751360500.000100"), "EvADD", 1);

        assertThat(bench.wiring.feedback().opinions(bench.channel().orElseThrow().id())).isEmpty();
    }

    @Test
    void givenSlackRetriesTheDeliveryOfAnAdd_whenTheMemberRemovedItMeanwhile_thenTheVoteStaysRemoved() throws Exception {
        channelWithPapers(1);
        bench.ask("U0ALICE", "digest");
        String ts = paperTs();

        bench.event(SlackBench.reaction("reaction_added", "U0BOB", "+1", FakeSlack.BOT_USER, ts, "1751360500.000100"), "EvADD", 0);
        bench.event(SlackBench.reaction("reaction_removed", "U0BOB", "+1", FakeSlack.BOT_USER, ts, "1751360500.000200"), "EvREMOVE", 0);
        bench.event(SlackBench.reaction("reaction_added", "U0BOB", "+1", FakeSlack.BOT_USER, ts, "1751360500.000100"), "EvADD", 1);

        assertThat(bench.wiring.feedback().opinions(bench.channel().orElseThrow().id())).isEmpty();
    }

    private String paperTs() {
        return bench.slack.stored().stream().filter(m -> m.blocks() != null && PAPER_ID.matcher(m.blocks()).find())
                .map(FakeSlack.Stored::ts).findFirst().orElseThrow();
    }

    private List<String> storedPaperIds() {
        return bench.slack.stored().stream().filter(m -> m.blocks() != null)
                .map(m -> PAPER_ID.matcher(m.blocks())).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    private long headers() {
        return bench.slack.stored().stream().filter(m -> m.metadata() != null && m.metadata().contains("digest:")).count();
    }
}
