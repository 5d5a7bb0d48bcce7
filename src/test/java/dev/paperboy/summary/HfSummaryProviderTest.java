package dev.paperboy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HfSummaryProviderTest {

    static final Paper WITH = ExtractiveSummarizerTest.paper(ExtractiveSummarizerTest.ABSTRACT);
    static final Paper WITHOUT = new Paper("2501.00002", "Another", "We propose X. X is 2x faster than Y on Z.", List.of(), List.of(),
            Instant.parse("2025-01-01T00:00:00Z"), 0, 1, "test");

    @Test
    void givenHfModeAndAPaperWithAnAiSummary_whenSummarized_thenHfsSummaryIsShownElseTheExtractiveOne() {
        LlmSummaryProviderTest.MapStore store = new LlmSummaryProviderTest.MapStore();
        store.save(WITH.id(), HfSummaryProvider.MODEL, HfSummaryProvider.VERSION, "SlimKV   halves KV-cache memory \\textbf{without} loss.", Instant.EPOCH);
        Summarizer summarizer = new ChainSummarizer(List.of(HfSummaryProvider.fromStore(store, 280)), new ExtractiveSummarizer(280));

        assertThat(summarizer.summarize(WITH)).isEqualTo("SlimKV halves KV-cache memory without loss.");
        assertThat(summarizer.summarize(WITHOUT)).isEqualTo(new ExtractiveSummarizer(280).summarize(WITHOUT));
    }

    @Test
    void givenAProviderThatThrows_whenSummarized_thenTheNextOneAnswers() {
        SummaryProvider broken = new SummaryProvider() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<String> summarize(Paper paper) {
                throw new IllegalStateException("boom");
            }
        };
        HfSummaryProvider hf = new HfSummaryProvider(p -> Optional.ofNullable(Map.of(WITH.id(), "From HF.").get(p.id())), 280);
        Summarizer summarizer = new ChainSummarizer(List.of(broken, hf), new ExtractiveSummarizer(280));
        assertThat(summarizer.summarize(WITH)).isEqualTo("From HF.");
    }
}
