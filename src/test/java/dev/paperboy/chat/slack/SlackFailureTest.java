package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What Slack's failures do to a digest: a rate limit is waited out, a long one leaves the rest unread for the
 * next digest (nothing lost, nothing twice), a channel the bot is not in is paused until it is invited, and a
 * token Slack rejects stops the adapter at start.
 */
class SlackFailureTest {

    private static final String RATE_LIMITED = "{\"ok\":false,\"error\":\"ratelimited\"}";
    private static final Pattern PAPER_ID = Pattern.compile("id `([^`]+)`");
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
    void givenSlackAnswers429WithRetryAfter_whenADigestIsPosted_thenItWaitsThatLongAndPostsEverything() throws Exception {
        channelWithPapers(2);
        bench.slack.failAfter("chat.postMessage", 1, 429, Map.of("Retry-After", "2"), RATE_LIMITED);

        JsonNode answer = bench.ask("U0ALICE", "digest 2");

        assertThat(answer.get("text").asText()).isEqualTo("Posted 2 papers.");
        assertThat(bench.retryWaitSeconds()).containsExactly(2L);
        assertThat(postedPaperIds()).containsExactlyInAnyOrder("2507.00001", "2507.00002");
    }

    @Test
    void givenSlackFailsWithA503_whenAPaperIsPosted_thenItIsRetriedAfterABackoffAndPostedOnce() throws Exception {
        channelWithPapers(1);
        bench.slack.failAfter("chat.postMessage", 1, 503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}");

        assertThat(bench.ask("U0ALICE", "digest").get("text").asText()).isEqualTo("Posted 1 paper.");
        assertThat(bench.retryWaitSeconds()).containsExactly(1L);
        assertThat(postedPaperIds()).containsExactly("2507.00001");
    }

    @Test
    void givenARateLimitLongerThanTheCap_whenADigestIsPosted_thenTheRestStaysUnreadAndComesNextTimeOnce() throws Exception {
        channelWithPapers(3);
        bench.slack.failAfter("chat.postMessage", 2, 429, Map.of("Retry-After", "120"), RATE_LIMITED);

        long asked = System.nanoTime();
        JsonNode first = bench.ask("U0ALICE", "digest 2");
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(first.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(first.get("text").asText()).contains("I could post only 1 of 2 papers; the rest stay unread")
                .contains("retry after 120 s");
        assertThat(answeredIn).as("a two-minute wait is not spent holding the digest").isLessThan(Duration.ofSeconds(30));

        JsonNode second = bench.ask("U0ALICE", "digest 5");
        assertThat(second.get("text").asText()).isEqualTo("Posted 2 papers.");
        assertThat(postedPaperIds()).as("every paper once").containsExactlyInAnyOrder("2507.00001", "2507.00002", "2507.00003");
    }

    @Test
    void givenTheBotIsNotInTheChannel_whenADigestIsPosted_thenTheChannelPausesUntilTheBotIsInvited() throws Exception {
        channelWithPapers(1);
        bench.slack.failNext("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}");

        JsonNode answer = bench.ask("U0ALICE", "digest");
        assertThat(answer.get("text").asText()).startsWith(":warning: ").contains("not_in_channel").contains("/invite @Paperboy");
        assertThat(bench.channel().orElseThrow().settings().paused()).isTrue();
        assertThat(bench.ask("U0ALICE", "settings").get("text").asText()).contains("Status: paused (Slack says not_in_channel");

        bench.event("{\"type\":\"member_joined_channel\",\"user\":\"" + FakeSlack.BOT_USER + "\",\"channel\":\"" + SlackBench.CHANNEL
                + "\",\"channel_type\":\"C\",\"team\":\"" + FakeSlack.TEAM + "\",\"inviter\":\"U0ALICE\",\"event_ts\":\"1751360401.000100\"}");

        assertThat(bench.ask("U0ALICE", "settings").get("text").asText()).contains("Status: active");
        assertThat(bench.ask("U0ALICE", "digest").get("text").asText()).isEqualTo("Posted 1 paper.");
    }

    @Test
    void givenATokenSlackRejects_whenTheAdapterStarts_thenItFailsWithTheReasonAndNeverTheToken() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            SlackSettings settings = new SlackSettings("xoxb-revoked-0000", Optional.empty(), Optional.of(SlackBench.SECRET), "/papers",
                    0, "/slack/events", Set.of(), Set.of(), true, Duration.ofSeconds(30), Optional.of(slack.apiUrl()));

            assertThatThrownBy(() -> SlackAdapter.start(settings, new SlackAdapter.Services(null, null, null, null)))
                    .isInstanceOf(SlackStartException.class)
                    .hasMessageContaining("Slack rejected SLACK_BOT_TOKEN (invalid_auth)")
                    .message().doesNotContain("xoxb-revoked-0000");
            assertThat(settings.toString()).doesNotContain("xoxb").doesNotContain(SlackBench.SECRET);
        }
    }

    private List<String> postedPaperIds() {
        return bench.slack.calls("/api/chat.postMessage").stream()
                .filter(c -> c.ts() != null && c.param("blocks") != null)
                .map(c -> PAPER_ID.matcher(c.param("blocks")))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }
}
