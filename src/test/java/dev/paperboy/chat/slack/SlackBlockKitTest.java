package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.PaperCard;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a paper whose every field is as long as a feed can make it, and made of the characters mrkdwn must escape
 * WHEN it is posted THEN Slack (a fake that enforces Block Kit's limits) accepts it, and what was cut ends in an
 * ellipsis, never in half an escape.
 */
class SlackBlockKitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ChannelRef CHANNEL = new ChannelRef(SlackAdapter.PLATFORM, FakeSlack.TEAM, SlackBench.CHANNEL);

    private SlackBench bench;

    @BeforeEach
    void open() throws Exception {
        bench = SlackBench.start();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aPaperAtTheLimitsMadeOfCharactersToEscapeIsAccepted() throws Exception {
        String escapes = "<A&B> ";
        PaperCard card = new PaperCard("2507.99999", escapes.repeat(200),
                IntStream.range(0, 40).mapToObj(i -> "Author <" + i + "> & Co " + "x".repeat(200)).toList(),
                "https://arxiv.org/abs/2507.99999", "https://arxiv.org/pdf/2507.99999",
                IntStream.range(0, 60).mapToObj(i -> "tag&" + i + "<" + "y".repeat(40) + ">").toList(), 0.9,
                "&".repeat(6000), "<why> & ".repeat(900));

        String ts = bench.adapter.gateway().post(CHANNEL, OutgoingMessage.paper(card.title(), card, Optional.empty()));

        assertThat(bench.slack.refusals).isEmpty();
        assertThat(ts).isNotBlank();
        JsonNode blocks = JSON.readTree(bench.slack.calls("/api/chat.postMessage").get(0).param("blocks"));
        List<String> texts = new java.util.ArrayList<>();
        texts(blocks, texts);
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("&amp;&amp;").endsWith("&amp;…"));
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("&[a-z]{0,3}…"));
    }

    /** Every mrkdwn text in the blocks: the "text" string of each text object. */
    private static void texts(JsonNode node, List<String> out) {
        if (node.isObject() && node.path("text").isTextual()) {
            out.add(node.get("text").asText());
        }
        node.forEach(child -> texts(child, out));
    }

    @Test
    void aHeaderAtTheLimitsIsAccepted() throws Exception {
        String header = "📰 Paperboy · " + String.join("", Collections.nCopies(3000, "<&>"));

        String ts = bench.adapter.gateway().post(CHANNEL, OutgoingMessage.header(header));

        assertThat(bench.slack.refusals).isEmpty();
        assertThat(ts).isNotBlank();
    }
}
