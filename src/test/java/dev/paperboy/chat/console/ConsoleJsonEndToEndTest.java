package dev.paperboy.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a fresh database WHEN a scripted session drives {@code paperboy console --json} THEN it prints the
 * protocol's messages: digests with one message per paper, never a repeat, reactions on the record, a clear
 * error for every bad line, and one {@code done} per input line.
 */
class ConsoleJsonEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String rlPaper(String id, String title) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"abstract\":\"We study reinforcement learning for " + title
                + ". A policy gradient method with a learned reward improves results.\",\"authors\":[\"Ada Lovelace\","
                + "\"Alan Turing\"],\"categories\":[\"cs.LG\"],\"published\":\"2025-06-30T00:00:00Z\"}";
    }

    private static String visionPaper(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Image Segmentation with Convolutional Networks\",\"abstract\":\"We segment "
                + "images into objects with a convolutional network for semantic segmentation and object detection.\",\"published\":\"2025-06-30\"}";
    }

    private static List<String> script() {
        List<String> in = new ArrayList<>();
        in.add("{\"type\":\"papers\",\"at\":\"2025-07-01T08:00:00Z\",\"papers\":[" + String.join(",",
                rlPaper("2507.00001", "Policy Gradient Agents"), rlPaper("2507.00002v1", "Reward Models for Reinforcement Learning"),
                rlPaper("2507.00003", "Offline Reinforcement Learning at Scale"), rlPaper("2507.00004", "Q-Learning Revisited"),
                visionPaper("2507.00005"), "{\"id\":\"2507.00006\",\"title\":\"No abstract here\"}") + "]}");       // 1
        in.add("{\"type\":\"command\",\"at\":\"2025-07-01T08:00:00Z\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers subscribe #RL reasonig\"}"); // 2
        in.add("{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers digest 2\"}");   // 3
        in.add("{\"type\":\"reaction\",\"channel\":\"c1\",\"user\":\"u1\",\"message\":\"FIRST_PAPER\",\"emoji\":\"+1\"}"); // 4
        in.add("{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers digest\"}");     // 5
        in.add("{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers digest\"}");     // 6
        in.add("not json at all");                                                                           // 7
        in.add("");                                                                                          // 8
        in.add("{\"type\":\"bogus\",\"channel\":\"c1\"}");                                                   // 9
        in.add("{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers frobnicate\"}"); // 10
        in.add("{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers schedule 09:00 UTC daily\"}"); // 11
        in.add("{\"type\":\"papers\",\"at\":\"2025-07-01T08:30:00Z\",\"papers\":[" + rlPaper("2507.00007", "Reinforcement Learning from Verifiable Rewards")
                + "," + rlPaper("2507.00002v2", "Reward Models for Reinforcement Learning, Revised") + "]}");   // 12
        in.add("{\"type\":\"tick\",\"at\":\"2025-07-01T09:00:05Z\"}");                                       // 13
        in.add("{\"type\":\"tick\",\"at\":\"2025-07-01T09:30:00Z\"}");                                       // 14
        in.add("{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers why FIRST_ID\"}"); // 15
        in.add("{\"type\":\"reaction\",\"channel\":\"c1\",\"user\":\"u1\",\"message\":\"FIRST_PAPER\",\"emoji\":\"+1\",\"removed\":true}"); // 16
        in.add("{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers why FIRST_ID\"}"); // 17
        in.add("{\"type\":\"command\",\"at\":\"yesterday\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers settings\"}"); // 18
        return in;
    }

    @Test
    void aScriptedSessionSpeaksProtocolV1() throws Exception {
        // The first paper message's id is only known once the session runs: run the script up to line 3, read it, go on.
        List<JsonNode> out = run(script(), null, null);
        JsonNode firstMessage = out.stream().filter(n -> "paper".equals(n.path("kind").asText())).findFirst().orElseThrow();
        out = run(script(), firstMessage.get("id").asText(), firstMessage.get("paper").get("id").asText());

        // One done per input line, in order, blank and invalid lines included.
        List<Long> seqs = out.stream().filter(n -> "done".equals(n.path("type").asText())).map(n -> n.get("seq").asLong()).toList();
        assertThat(seqs).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, script().size()).boxed().toList());

        // Line 1: the malformed paper is reported, the rest ingested.
        assertThat(messagesOf(out, 1)).singleElement().satisfies(m -> {
            assertThat(m.get("kind").asText()).isEqualTo("error");
            assertThat(m.get("text").asText()).contains("skipped 1").contains("missing abstract");
        });
        // Line 2: subscribed to rl; the misspelt tag gets the closest suggestion.
        assertThat(messagesOf(out, 2)).singleElement().satisfies(m -> {
            assertThat(m.get("kind").asText()).isEqualTo("reply");
            assertThat(m.get("text").asText()).contains("Subscribed to #rl").contains("#reasoning");
            assertThat(m.get("channel").asText()).isEqualTo("c1");
            assertThat(m.get("at").asText()).isEqualTo("2025-07-01T08:00:00Z");
        });
        // Line 3: a header, then one message per paper, then the reply.
        List<JsonNode> digest = messagesOf(out, 3);
        assertThat(digest).extracting(m -> m.get("kind").asText()).containsExactly("digest", "paper", "paper", "reply");
        assertThat(digest.get(1).get("paper").get("tags").toString()).contains("\"rl\"");
        assertThat(digest.get(1).get("paper").get("summary").asText()).isNotBlank();
        assertThat(digest.get(1).get("paper").get("why").asText()).contains("#rl");
        assertThat(digest.get(1).get("text").asText()).contains("Ada Lovelace");
        // Line 4: a reaction prints nothing but is on the record (see line 15).
        assertThat(messagesOf(out, 4)).isEmpty();
        // Lines 5 and 6: the rest of the rl papers, then nothing new; never the vision paper, never a repeat.
        assertThat(papersOf(messagesOf(out, 5))).hasSize(2);
        assertThat(messagesOf(out, 6)).singleElement().satisfies(m -> assertThat(m.get("text").asText()).contains("Nothing new"));
        Set<String> first = new HashSet<>(papersOf(digest));
        assertThat(papersOf(messagesOf(out, 5))).doesNotContainAnyElementsOf(first).doesNotContain("2507.00005");
        // Lines 7, 9, 10: bad lines get clear errors; the session goes on.
        assertThat(messagesOf(out, 7)).singleElement().satisfies(m -> assertThat(m.get("text").asText()).contains("not valid JSON"));
        assertThat(messagesOf(out, 8)).isEmpty();
        assertThat(messagesOf(out, 9)).singleElement().satisfies(m -> assertThat(m.get("text").asText()).contains("unknown type"));
        assertThat(messagesOf(out, 10)).singleElement().satisfies(m -> {
            assertThat(m.get("kind").asText()).isEqualTo("error");
            assertThat(m.get("text").asText()).contains("frobnicate").contains("/papers help");
        });
        // Line 13: the 09:00 digest fires once with the new paper; the revised version does not come back.
        assertThat(messagesOf(out, 13)).extracting(m -> m.get("kind").asText()).containsExactly("digest", "paper");
        assertThat(papersOf(messagesOf(out, 13))).containsExactly("2507.00007");
        assertThat(messagesOf(out, 14)).isEmpty();
        // Lines 15-17: the reaction counted, and its removal undid it.
        assertThat(messagesOf(out, 15)).singleElement().satisfies(m -> assertThat(m.get("text").asText()).contains("1 👍"));
        assertThat(messagesOf(out, 17)).singleElement().satisfies(m -> assertThat(m.get("text").asText()).doesNotContain("👍"));
        // Line 18: a bad "at" is an error, not a crash.
        assertThat(messagesOf(out, 18)).singleElement().satisfies(m -> assertThat(m.get("text").asText()).contains("ISO-8601"));

        // No paper reached c1 twice in the whole session.
        List<String> all = papersOf(out);
        assertThat(all).doesNotHaveDuplicates().hasSize(5);
        // Message ids are unique.
        List<String> ids = out.stream().filter(n -> n.has("id")).map(n -> n.get("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    /**
     * Runs the script in a fresh in-memory database; FIRST_PAPER and FIRST_ID are replaced by the first paper
     * message's id and its paper's id.
     */
    private static List<JsonNode> run(List<String> script, String firstMessage, String firstId) throws Exception {
        String input = script.stream()
                .map(l -> firstMessage == null ? l : l.replace("FIRST_PAPER", firstMessage).replace("FIRST_ID", firstId))
                .collect(Collectors.joining("\n")) + "\n";
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int code = Main.execute("console", "--json", "--set", "db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            assertThat(code).isZero();
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        List<JsonNode> out = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** The messages printed while handling input line {@code seq}: those after done seq-1 and before done seq. */
    private static List<JsonNode> messagesOf(List<JsonNode> out, long seq) {
        List<JsonNode> messages = new ArrayList<>();
        long current = 1;
        for (JsonNode n : out) {
            if ("done".equals(n.path("type").asText())) {
                current = n.get("seq").asLong() + 1;
            } else if (current == seq) {
                messages.add(n);
            }
        }
        return messages;
    }

    private static List<String> papersOf(List<JsonNode> messages) {
        return messages.stream().filter(m -> "paper".equals(m.path("kind").asText())).map(m -> m.get("paper").get("id").asText()).toList();
    }
}
