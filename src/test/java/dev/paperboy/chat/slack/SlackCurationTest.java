package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.tag.TagScore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a workspace where every member may manage channels (no {@code slack.managers}) and one curator
 * ({@code tags.curators}) WHEN members correct a paper's tags through the real Bolt app THEN only the curator may:
 * a correction changes the paper for every channel.
 */
class SlackCurationTest {

    private static final String PAPER = "2507.00001";
    private SlackBench bench;

    @AfterEach
    void close() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void givenAMemberWhoMayManageButDoesNotCurate_whenTheyCorrectTags_thenTheyAreRefusedAndOnlyTheCuratorMay() throws Exception {
        bench = SlackBench.start(Set.of(), Set.of("U0CURATOR"));
        bench.rlPapers(1);
        List<String> before = tags();
        assertThat(before).contains("rl");

        JsonNode refused = bench.ask("U0ALICE", "tag " + PAPER + " -rl");
        assertThat(refused.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refused.get("text").asText()).startsWith(":warning:").contains("Only curators");
        assertThat(bench.ask("U0ALICE", "tag " + PAPER + " reset").get("text").asText()).contains("Only curators");
        assertThat(tags()).isEqualTo(before);
        assertThat(bench.ask("U0ALICE", "size 3").get("text").asText()).as("Alice still manages the channel").contains("up to 3 papers");

        JsonNode corrected = bench.ask("U0CURATOR", "tag " + PAPER + " +robotics -rl");
        assertThat(corrected.get("text").asText()).contains("#robotics");
        assertThat(tags()).contains("robotics").doesNotContain("rl");
    }

    private List<String> tags() {
        return bench.wiring.tags().effectiveTags(List.of(PAPER)).getOrDefault(PAPER, List.of()).stream().map(TagScore::tag).toList();
    }
}
