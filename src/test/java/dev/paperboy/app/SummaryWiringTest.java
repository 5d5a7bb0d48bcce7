package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.summary.ChainSummarizer;
import dev.paperboy.summary.ExtractiveSummarizer;
import dev.paperboy.summary.FakeChatApi;
import dev.paperboy.summary.Summarizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWiringTest {

    private static Summarizer build(Map<String, String> env, String... sets) throws ConfigException {
        Config config = Config.load(null, false, env, List.of(sets));
        return SummaryWiring.summarizer(config, env, Clock.systemUTC()).apply(new SummaryWiring.Stores(null, null));
    }

    @Test
    void givenTheDefaults_whenWired_thenTheSummaryIsExtractiveAndAsksNoOne() throws Exception {
        assertThat(build(Map.of())).isInstanceOf(ExtractiveSummarizer.class);
    }

    @Test
    void givenAListOfModes_whenWired_thenProvidersAreAskedInThatOrderBeforeTheExtractiveOne() throws Exception {
        Summarizer summarizer = build(Map.of(), "summary.mode=hf,llm");
        assertThat(summarizer).isInstanceOf(ChainSummarizer.class);
        assertThat(((ChainSummarizer) summarizer).providerNames()).containsExactly("hf", "llm");
    }

    @Test
    void givenBadSummarySettings_whenWired_thenEachIsAClearError() {
        assertThatThrownBy(() -> build(Map.of(), "summary.mode=gpt")).isInstanceOf(ConfigException.class).hasMessageContaining("extractive, llm, hf");
        assertThatThrownBy(() -> build(Map.of(), "summary.mode=llm", "summary.llm.base-url=localhost:8080"))
                .hasMessageContaining("http://");
        assertThatThrownBy(() -> build(Map.of(), "summary.max-chars=10")).hasMessageContaining("40..2000");
    }

    @Test
    void givenTheKeyInAFileNamedByTheEnvironment_whenWired_thenItIsUsedAndNeverShown(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("key");
        Files.writeString(keyFile, "sk-from-file\n");
        Config config = Config.load(null, false, Map.of(), List.of());
        var settings = SummaryWiring.llmSettings(config, Map.of("PAPERBOY_LLM_API_KEY_FILE", keyFile.toString()));
        assertThat(settings.apiKey()).contains("sk-from-file");
        assertThat(settings.toString()).doesNotContain("sk-from-file");
    }

    @Test
    void givenLlmModeAndALocalApi_whenADigestIsPosted_thenThePaperMessageCarriesTheLlmTake() throws Exception {
        try (FakeChatApi api = new FakeChatApi()) {
            api.reply(200, FakeChatApi.completion("A policy-gradient agent that learns its own reward beats hand-made rewards."));
            String paper = "{\"id\":\"2507.00001\",\"title\":\"Policy Gradient Agents\",\"abstract\":\"We study reinforcement learning "
                    + "for language model agents. A policy gradient method with a learned reward improves results.\","
                    + "\"published\":\"2025-06-30T00:00:00Z\"}";
            String input = String.join("\n",
                    "{\"type\":\"papers\",\"at\":\"2025-07-01T08:00:00Z\",\"papers\":[" + paper + "]}",
                    "{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers subscribe rl\"}",
                    "{\"type\":\"command\",\"channel\":\"c1\",\"user\":\"u1\",\"text\":\"/papers digest\"}") + "\n";

            List<JsonNode> out = console(input, "--set", "summary.mode=llm", "--set", "summary.llm.base-url=" + api.baseUrl());

            JsonNode message = out.stream().filter(n -> "paper".equals(n.path("kind").asText())).findFirst().orElseThrow();
            assertThat(message.path("paper").path("summary").asText())
                    .isEqualTo("A policy-gradient agent that learns its own reward beats hand-made rewards.");
            assertThat(message.path("text").asText()).contains("beats hand-made rewards");
        }
    }

    private static List<JsonNode> console(String input, String... extra) throws Exception {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("console", "--json", "--set", "db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        args.addAll(List.of(extra));
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Main.execute(args.toArray(String[]::new))).isZero();
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        List<JsonNode> out = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(new ObjectMapper().readTree(line));
            }
        }
        return out;
    }
}
