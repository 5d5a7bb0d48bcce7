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
import java.util.List;
import java.util.UUID;

/** Test helper: runs {@code paperboy console --json} on a script, in a fresh in-memory database, and reads its output. */
final class JsonSessions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSessions() {
    }

    static synchronized List<JsonNode> run(List<String> script, String... settings) throws Exception {
        List<String> args = new ArrayList<>(List.of("console", "--json", "--set", "db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        for (String s : settings) {
            args.add("--set");
            args.add(s);
        }
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream((String.join("\n", script) + "\n").getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Main.execute(args.toArray(String[]::new))).isZero();
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
    static List<JsonNode> messagesOf(List<JsonNode> out, long seq) {
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

    static String command(String channel, String text) {
        return "{\"type\":\"command\",\"channel\":\"" + channel + "\",\"user\":\"u1\",\"text\":\"" + text + "\"}";
    }
}
