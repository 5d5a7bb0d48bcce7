package dev.paperboy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.paper.Paper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM path against a local fake API: every failure ends in the extractive summary, never in no summary. */
class LlmSummaryProviderTest {

    static final String KEY = "sk-test-secret-123";
    static final Paper PAPER = ExtractiveSummarizerTest.paper(ExtractiveSummarizerTest.ABSTRACT);
    static final String EXTRACTIVE = new ExtractiveSummarizer(280).summarize(PAPER);

    private FakeChatApi api;
    private final MapStore cache = new MapStore();
    private final MovableClock clock = new MovableClock(Instant.parse("2025-07-04T09:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        api = new FakeChatApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Summarizer summarizer(Duration timeout) {
        LlmSettings settings = new LlmSettings(api.baseUrl(), "test-model", Optional.of(KEY), timeout, 120, 0.2, Duration.ofMinutes(5));
        LlmSummaryProvider llm = new LlmSummaryProvider(new OpenAiChatClient(settings), settings, SummaryPrompt.load(), cache, clock, 280);
        return new ChainSummarizer(List.of(llm), new ExtractiveSummarizer(280));
    }

    private Summarizer summarizer() {
        return summarizer(Duration.ofSeconds(5));
    }

    @Test
    void givenTheApiAnswers_whenSummarized_thenTheLlmTakeIsShownAndTheRequestCarriesPaperModelAndKey() throws Exception {
        api.reply(200, FakeChatApi.completion("\"Summary: SlimKV keeps only the keys attention needs, using 40% less memory.\"\n"));

        String summary = summarizer().summarize(PAPER);

        assertThat(summary).isEqualTo("SlimKV keeps only the keys attention needs, using 40% less memory.");
        assertThat(api.requests).hasSize(1);
        FakeChatApi.Request request = api.requests.get(0);
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").asText()).contains("SlimKV: a small cache").contains("40% less memory");
    }

    @Test
    void givenASummaryWasMadeOnce_whenTheSamePaperComesAgain_thenTheCacheAnswersWithoutARequest() {
        api.reply(200, FakeChatApi.completion("SlimKV keeps only the keys attention needs."));
        Summarizer summarizer = summarizer();

        String first = summarizer.summarize(PAPER);
        String second = summarizer.summarize(PAPER);

        assertThat(second).isEqualTo(first).isEqualTo("SlimKV keeps only the keys attention needs.");
        assertThat(api.requests).hasSize(1);
        assertThat(cache.rows).hasSize(1).allSatisfy((key, value) -> assertThat(key).startsWith(PAPER.id() + "|test-model|"));
    }

    @Test
    void givenTheApiIsTooSlow_whenSummarized_thenTheExtractiveSummaryIsShownWithinTheTimeout() {
        api.slowReply(3000, FakeChatApi.completion("too late"));
        long started = System.nanoTime();

        String summary = summarizer(Duration.ofMillis(300)).summarize(PAPER);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(summary).isEqualTo(EXTRACTIVE);
        assertThat(cache.rows).isEmpty();
    }

    @Test
    void givenAMalformedReply_whenSummarized_thenTheExtractiveSummaryIsShownAndTheNextPaperStillAsks() {
        api.reply(200, "<html>gateway</html>").reply(200, "{\"choices\":[]}").reply(200, FakeChatApi.completion("ok"));
        Summarizer summarizer = summarizer();

        assertThat(summarizer.summarize(PAPER)).isEqualTo(EXTRACTIVE);
        assertThat(summarizer.summarize(PAPER)).isEqualTo(EXTRACTIVE);
        assertThat(summarizer.summarize(PAPER)).isEqualTo(EXTRACTIVE); // "ok" is too short to be a summary
        assertThat(api.requests).hasSize(3);
        assertThat(cache.rows).isEmpty();
    }

    @Test
    void givenHttp500_whenSummarized_thenExtractiveAndTheApiIsLeftAloneUntilTheCooldownEnds() {
        api.reply(500, "{\"error\":{\"message\":\"overloaded\"}}").reply(200, FakeChatApi.completion("SlimKV keeps only the needed keys."));
        Summarizer summarizer = summarizer();

        assertThat(summarizer.summarize(PAPER)).isEqualTo(EXTRACTIVE);
        clock.advance(Duration.ofMinutes(4));
        assertThat(summarizer.summarize(PAPER)).isEqualTo(EXTRACTIVE);
        assertThat(api.requests).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(summarizer.summarize(PAPER)).isEqualTo("SlimKV keeps only the needed keys.");
        assertThat(api.requests).hasSize(2);
    }

    @Test
    void givenNothingListens_whenSummarized_thenExtractive() {
        api.close();
        assertThat(summarizer().summarize(PAPER)).isEqualTo(EXTRACTIVE);
    }

    @Test
    void givenAKey_whenSettingsArePrinted_thenTheKeyIsNotInThem() {
        LlmSettings settings = new LlmSettings(api.baseUrl(), "m", Optional.of(KEY), Duration.ofSeconds(1), 10, 0, Duration.ZERO);
        assertThat(settings.toString()).doesNotContain(KEY).contains("(set)");
    }

    /** A hand-written in-memory {@link SummaryStore}. */
    static final class MapStore implements SummaryStore {
        final Map<String, String> rows = new HashMap<>();

        @Override
        public Optional<String> find(String paperId, String model, String promptVersion) {
            return Optional.ofNullable(rows.get(paperId + "|" + model + "|" + promptVersion));
        }

        @Override
        public void save(String paperId, String model, String promptVersion, String summary, Instant at) {
            rows.put(paperId + "|" + model + "|" + promptVersion, summary);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
