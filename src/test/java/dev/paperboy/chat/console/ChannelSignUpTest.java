package dev.paperboy.chat.console;

import static dev.paperboy.chat.console.JsonSessions.command;
import static dev.paperboy.chat.console.JsonSessions.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GIVEN members looking around in #general and a manager subscribing #reading WHEN the morning's digests fire THEN
 * only #reading gets one: only a command that asks for digests signs a channel up, and its answer says how to stop.
 */
class ChannelSignUpTest {

    private static String paper(String id, String title) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"abstract\":\"We study reinforcement learning for " + title
                + ". A policy gradient method with a learned reward improves results.\",\"published\":\"2025-07-06T00:00:00Z\"}";
    }

    @Test
    void givenLookupsInOneChannelAndASubscriptionInAnother_whenTheMorningComes_thenOnlyTheSubscribedChannelGetsADigest() throws Exception {
        List<String> script = List.of(
                "{\"type\":\"papers\",\"at\":\"2025-07-07T08:00:00Z\",\"papers\":[" + paper("2507.00001", "Policy Gradient Agents") + ","
                        + paper("2507.00002", "Reward Models for Agents") + "]}",                                    // 1
                command("general", "/papers help"),                                                               // 2
                command("general", "/papers search reinforcement learning"),                                      // 3
                command("general", "/papers settings"),                                                           // 4
                command("general", "/papers why 2507.00001"),                                                     // 5
                command("general", "/papers size 3"),                                                             // 6
                command("general", "/papers like 2507.00002"),                                                    // 7
                command("reading", "/papers subscribe rl"),                                                       // 8
                command("general", "/papers settings"),                                                           // 9
                "{\"type\":\"tick\",\"at\":\"2025-07-07T09:00:05Z\"}");                                         // 10

        List<JsonNode> out = JsonSessions.run(script, "seeds.import-on-first-run=false");

        for (int line = 2; line <= 7; line++) {
            assertThat(messagesOf(out, line)).as("line " + line).allSatisfy(m -> assertThat(m.get("kind").asText()).isEqualTo("reply"));
        }
        assertThat(messagesOf(out, 8)).singleElement().satisfies(m -> assertThat(m.get("text").asText())
                .contains("Subscribed to #rl").contains("09:00 UTC weekdays").contains("`/papers schedule off`"));
        assertThat(messagesOf(out, 9)).singleElement().satisfies(m -> assertThat(m.get("text").asText())
                .contains("Schedule: none yet").contains("up to 3 papers"));
        List<JsonNode> morning = messagesOf(out, 10);
        assertThat(morning).extracting(m -> m.get("channel").asText()).containsOnly("reading").isNotEmpty();
        assertThat(morning).extracting(m -> m.get("kind").asText()).contains("digest", "paper");
    }
}
