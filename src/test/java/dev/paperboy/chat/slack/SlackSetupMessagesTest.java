package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.channel.DigestService;
import dev.paperboy.chat.LogCapture;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a Slack app set up wrong (an app token Socket Mode refuses, a scope missing, the bot not in the channel)
 * WHEN Paperboy meets it THEN it says what to fix, in the sentences the README quotes.
 */
class SlackSetupMessagesTest {

    @Test
    void givenAnAppTokenSocketModeRefuses_whenTheAdapterStarts_thenItSaysWhatTokenItNeeds() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            slack.failNext("apps.connections.open", 200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}");
            SlackSettings settings = new SlackSettings(FakeSlack.BOT_TOKEN, Optional.of("xoxb-pasted-in-the-wrong-place"), Optional.empty(),
                    "/papers", 0, "/slack/events", Set.of(), Set.of(), true, Duration.ofSeconds(30), Optional.of(slack.apiUrl()));

            assertThatThrownBy(() -> SlackAdapter.start(settings, new SlackAdapter.Services(null, null, null, null)))
                    .isInstanceOf(SlackStartException.class)
                    .hasMessage("Slack refused SLACK_APP_TOKEN for Socket Mode (invalid_auth): it must be an app-level token (xapp-…) "
                            + "with the connections:write scope, and Socket Mode must be on.")
                    .message().doesNotContain("xoxb-pasted-in-the-wrong-place");
        }
    }

    @Test
    void givenAMissingScopeOrABotNotInTheChannel_whenADigestIsPosted_thenTheAnswerAndTheLogSayWhatToDo() throws Exception {
        try (SlackBench bench = SlackBench.start(); LogCapture log = new LogCapture(DigestService.class)) {
            bench.rlPapers(2);
            bench.ask("U0ALICE", "subscribe rl");
            bench.slack.failNext("chat.postMessage", 200, Map.of(),
                    "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"chat:write\",\"provided\":\"commands\"}");

            assertThat(bench.ask("U0ALICE", "digest 1").get("text").asText())
                    .contains("The Slack app lacks the scope chat:write for chat.postMessage: update it from config/slack-manifest.yaml and reinstall it.");

            bench.slack.failNext("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}");
            bench.ask("U0ALICE", "digest 1");
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN channel slack/" + FakeSlack.TEAM + "/" + SlackBench.CHANNEL
                    + " paused: ") && line.contains("not_in_channel") && line.contains("/invite @Paperboy"));
        }
    }
}
