package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.PaperCard;
import dev.paperboy.paper.HostilePapers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN papers as long and hostile as ingest allows WHEN they are posted through the real Bolt app THEN every Block
 * Kit text is escaped and then clipped within Slack's limits, so Slack never answers {@code invalid_blocks}, and
 * nothing a paper says opens a link or mentions anyone.
 */
class SlackLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private SlackBench bench;

    @AfterEach
    void close() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void givenAHostilePaper_whenADigestPostsIt_thenEveryBlockIsWithinSlacksLimitsAndEscaped() throws Exception {
        bench = SlackBench.start();
        bench.wiring.ingest().ingest(new dev.paperboy.paper.PaperBatch(dev.paperboy.paper.PaperFormat.JSON_LINES,
                List.of(HostilePapers.paper("2507.09999", Instant.now().minusSeconds(86_400))), java.util.Map.of(), Optional.empty(), List.of()));
        bench.ask("U0ALICE", "subscribe rl");
        assertThat(bench.ask("U0ALICE", "digest 1").get("text").asText()).isEqualTo("Posted 1 paper.");

        FakeSlack.Call paper = bench.slack.calls("/api/chat.postMessage").get(1);
        assertWithinLimits(JSON.readTree(paper.param("blocks")));
        assertThat(paper.param("text").length()).isLessThanOrEqualTo(3_000);
    }

    @Test
    void givenCardsAtAndPastEveryLimit_whenRendered_thenEachTextFitsAndNoEntityOrEmojiIsCut() throws Exception {
        for (int size : new int[] {0, 1, 149, 150, 151, 299, 300, 301, 999, 1_000, 1_001, 1_499, 1_500, 1_501, 2_999, 3_000, 3_001, 20_000}) {
            String text = HostilePapers.repeat(size);
            PaperCard card = new PaperCard(text.isBlank() ? "pb-0" : "id" + text, text, List.of(text, text), "https://arxiv.org/abs/2507.00001",
                    "https://arxiv.org/pdf/2507.00001", List.of("rl", "state-space-model"), 1, text, text);
            List<LayoutBlock> blocks = SlackBlocks.paper(card);
            assertWithinLimits(JSON.readTree(com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(blocks)));
            JsonNode reply = JSON.readTree(com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(
                    SlackBlocks.of(new OutgoingMessage(OutgoingMessage.Kind.REPLY, text, Optional.empty(), Optional.empty()))));
            assertWithinLimits(reply);
        }
    }

    static void assertWithinLimits(JsonNode blocks) {
        assertThat(blocks.size()).isLessThanOrEqualTo(SlackBlocks.MAX_BLOCKS);
        for (JsonNode block : blocks) {
            if (block.has("text")) {
                assertText(block.get("text").get("text").asText());
            }
            if (block.has("elements")) {
                assertThat(block.get("elements").size()).isBetween(1, SlackBlocks.MAX_CONTEXT_ELEMENTS);
                block.get("elements").forEach(e -> assertText(e.get("text").asText()));
            }
        }
    }

    private static void assertText(String text) {
        assertThat(text.length()).isBetween(1, SlackBlocks.MAX_TEXT);
        assertThat(text).doesNotContain("<@U0BOSS>").doesNotContain("<!channel>").doesNotContain("<#123>")
                .doesNotContain("<b>").doesNotContainPattern("&[a-z]{0,3}…");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).as("an emoji cut in half").isTrue();
            } else if (Character.isLowSurrogate(c)) {
                assertThat(i > 0 && Character.isHighSurrogate(text.charAt(i - 1))).as("an emoji cut in half").isTrue();
            }
        }
    }
}
