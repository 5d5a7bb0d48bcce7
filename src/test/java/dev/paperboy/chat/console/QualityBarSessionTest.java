package dev.paperboy.chat.console;

import static dev.paperboy.chat.console.JsonSessions.command;
import static dev.paperboy.chat.console.JsonSessions.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a channel seeded with a protein-folding paper, a bar of 0.9 and a morning of papers on reinforcement learning
 * WHEN its digest fires THEN it posts no paper and one line saying nothing cleared the bar; `/papers digest` then
 * shows the best anyway and its header says none of them cleared.
 */
class QualityBarSessionTest {

    private static String paper(String id, String title, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"abstract\":\"" + text + "\",\"published\":\"2025-07-06T00:00:00Z\"}";
    }

    @Test
    void givenABarOf09AndADayOfWeakCandidates_whenTheDigestFires_thenItPostsNoneAndSaysSo() throws Exception {
        List<String> script = List.of(
                "{\"type\":\"papers\",\"at\":\"2025-07-07T08:00:00Z\",\"papers\":["
                        + paper("2507.00001", "Protein Folding with Graph Networks", "Graph neural networks predict protein structures from sequences.") + ","
                        + paper("2507.00002", "Policy Gradient Agents", "We study reinforcement learning agents trained with policy gradients.") + ","
                        + paper("2507.00003", "Reward Models for Agents", "Learned reward models guide reinforcement learning agents.") + ","
                        + paper("2507.00004", "Exploration in Sparse Rewards", "Exploration bonuses help agents in sparse reward games.") + "]}", // 1
                command("c1", "/papers seed 2507.00001"),                                                                  // 2
                command("c1", "/papers bar 0.9"),                                                                          // 3
                command("c1", "/papers schedule 09:00 UTC daily"),                                                         // 4
                "{\"type\":\"tick\",\"at\":\"2025-07-07T09:00:05Z\"}",                                                   // 5
                command("c1", "/papers digest 3"));                                                                        // 6

        List<JsonNode> out = JsonSessions.run(script, "seeds.import-on-first-run=false");

        assertThat(messagesOf(out, 3)).singleElement().satisfies(m -> assertThat(m.get("text").asText()).contains("at least 90% likely"));
        assertThat(messagesOf(out, 5)).singleElement().satisfies(m -> {
            assertThat(m.get("kind").asText()).isEqualTo("digest");
            assertThat(m.get("text").asText()).contains("nothing cleared today's bar; `/papers digest` shows the best anyway");
        });
        List<JsonNode> asked = messagesOf(out, 6);
        assertThat(asked).extracting(m -> m.get("kind").asText()).contains("digest", "paper", "reply");
        assertThat(asked).filteredOn(m -> m.get("kind").asText().equals("digest")).singleElement()
                .satisfies(m -> assertThat(m.get("text").asText()).contains("3 papers").contains("0 of 3 cleared this channel's bar (0.90)"));
        assertThat(asked).filteredOn(m -> m.get("kind").asText().equals("reply")).singleElement()
                .satisfies(m -> assertThat(m.get("text").asText()).contains("Posted 3 papers; 0 of 3 cleared this channel's bar (0.90)"));
    }
}
