package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.feedback.Opinion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Digests reach Slack as a header and one Block Kit message per paper, each recorded by its {@code ts}, and
 * members' reactions on those messages (and only those) become the channel's feedback.
 */
class SlackDigestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private SlackBench bench;

    @BeforeEach
    void start() throws Exception {
        bench = SlackBench.start();
        bench.rlPapers(3);
        bench.ask("U0ALICE", "subscribe rl");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void givenAChannelFollowingRl_whenAMemberAsksForADigest_thenAHeaderAndOneBlockKitMessagePerPaperArePosted() throws Exception {
        JsonNode answer = bench.ask("U0ALICE", "digest 2");

        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).isEqualTo("Posted 2 papers.");
        List<FakeSlack.Call> posts = bench.slack.calls("/api/chat.postMessage");
        assertThat(posts).hasSize(3).allSatisfy(p -> assertThat(p.param("channel")).isEqualTo(SlackBench.CHANNEL));
        assertThat(posts.get(0).param("text")).startsWith("📰 Paperboy").contains("2 papers for #rl");

        FakeSlack.Call paper = posts.get(1);
        String blocks = JSON.readTree(paper.param("blocks")).toString();
        assertThat(paper.param("unfurl_links")).as("no arXiv preview under every paper").isIn("0", "false");
        assertThat(blocks).contains("<https://arxiv.org/abs/2507.0000")
                .contains("Policy Gradient Agents &lt;")         // a title's '<' cannot open a link
                .contains("&amp; Friends")
                .contains("Ada Lovelace, Alan Turing, Grace Hopper et al.")
                .contains("#rl").contains("Why: matches #rl")
                .contains("|Abstract>").contains("|PDF>")
                .contains("We propose a policy gradient method with a learned reward");
        // The bot's own 👍 and 👎 under each paper, none under the header.
        List<FakeSlack.Call> votes = bench.slack.calls("/api/reactions.add");
        assertThat(votes).hasSize(4).extracting(v -> v.param("name")).containsExactly("+1", "-1", "+1", "-1");
        assertThat(votes).extracting(v -> v.param("timestamp")).doesNotContain(ts(posts.get(0)));
    }

    @Test
    void givenAChannelThatThreadsItsDigests_whenADigestIsPosted_thenThePapersAreRepliesToTheHeader() throws Exception {
        bench.ask("U0ALICE", "layout thread");
        bench.ask("U0ALICE", "digest 2");

        List<FakeSlack.Call> posts = bench.slack.calls("/api/chat.postMessage");
        assertThat(posts.get(0).param("thread_ts")).isNull();
        assertThat(posts.subList(1, 3)).extracting(p -> p.param("thread_ts")).containsOnly(ts(posts.get(0)));
    }

    @Test
    void givenAPostedPaper_whenAMemberReactsAndThenTakesItBack_thenTheChannelsOpinionFollows() throws Exception {
        bench.ask("U0ALICE", "digest 1");
        FakeSlack.Call paper = bench.slack.calls("/api/chat.postMessage").get(1);
        String ts = ts(paper);
        long channelId = bench.channel().orElseThrow().id();

        assertThat(bench.event(SlackBench.reaction("reaction_added", "U0BOB", "+1::skin-tone-3", FakeSlack.BOT_USER, ts))
                .statusCode()).isEqualTo(200);
        Map<String, Opinion> afterLike = bench.wiring.feedback().opinions(channelId);
        assertThat(afterLike.values()).singleElement().satisfies(o -> {
            assertThat(o.paperId()).startsWith("2507.0000");
            assertThat(o.positive()).isEqualTo(1);
        });

        bench.event(SlackBench.reaction("reaction_removed", "U0BOB", "+1::skin-tone-3", FakeSlack.BOT_USER, ts));
        assertThat(bench.wiring.feedback().opinions(channelId).values()).allSatisfy(o -> assertThat(o.positive()).isZero());
    }

    @Test
    void givenAReactionSlackRetriesAfterItWasTakenBack_whenTheRetryArrives_thenItIsHandledOnceAndTheVoteStaysTakenBack() throws Exception {
        bench.ask("U0ALICE", "digest 1");
        String ts = ts(bench.slack.calls("/api/chat.postMessage").get(1));
        long channelId = bench.channel().orElseThrow().id();
        String added = SlackBench.reaction("reaction_added", "U0BOB", "+1", FakeSlack.BOT_USER, ts);

        bench.event(added, "Ev0ADDED1", 0);
        bench.event(SlackBench.reaction("reaction_removed", "U0BOB", "+1", FakeSlack.BOT_USER, ts), "Ev0REMOVED", 0);
        // Slack did not see the first ack in time and delivers the same event again, after the member took it back.
        assertThat(bench.event(added, "Ev0ADDED1", 1).statusCode()).as("a retry is acknowledged, so Slack stops").isEqualTo(200);

        assertThat(bench.wiring.feedback().opinions(channelId).values()).allSatisfy(o -> assertThat(o.positive()).isZero());
    }

    @Test
    void givenReactionsOnTheHeaderOtherPeoplesMessagesOrByTheBotItself_whenTheyArrive_thenNoneCountsAsFeedback() throws Exception {
        bench.ask("U0ALICE", "digest 1");
        List<FakeSlack.Call> posts = bench.slack.calls("/api/chat.postMessage");
        long channelId = bench.channel().orElseThrow().id();

        bench.event(SlackBench.reaction("reaction_added", "U0BOB", "+1", FakeSlack.BOT_USER, ts(posts.get(0))));
        bench.event(SlackBench.reaction("reaction_added", "U0BOB", "-1", "U0ALICE", "1751360400.999999"));
        bench.event(SlackBench.reaction("reaction_added", FakeSlack.BOT_USER, "+1", FakeSlack.BOT_USER, ts(posts.get(1))));

        assertThat(bench.wiring.feedback().opinions(channelId)).isEmpty();
    }

    static String ts(FakeSlack.Call post) {
        return post.ts();
    }
}
