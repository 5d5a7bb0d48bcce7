package dev.paperboy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

    static final String ABSTRACT = "Large language models have become a key tool for many tasks. However, existing methods for "
            + "compressing them remain costly and often fail on long inputs. In this paper, we propose SlimKV, a cache that keeps "
            + "only the keys attention needs. Experiments on four benchmarks show that SlimKV outperforms prior caches while "
            + "using 40% less memory. Our code is available at https://github.com/example/slimkv.";

    static Paper paper(String abstractText) {
        return new Paper("2501.00001", "SlimKV: a small cache", abstractText, List.of("A. Author"), List.of("cs.CL"),
                Instant.parse("2025-01-01T00:00:00Z"), 0, 1, "test");
    }

    /** A seed paper's abstract (The Languini Kitchen): its likeliest result sentence refers back to the one before. */
    static final String REFERS_BACK = "We introduce an experimental protocol that enables model comparisons based on equivalent "
            + "compute, measured in accelerator hours. The number of tokens on which a model is trained is defined by the model's "
            + "throughput and the chosen compute class. While the GPT baseline achieves better perplexity throughout all our levels "
            + "of compute, our LSTM baseline exhibits a predictable and more favourable scaling law. This is due to the improved "
            + "throughput and the need for fewer training tokens to achieve the same decrease in test perplexity. Extrapolating the "
            + "scaling laws of both models results in an intersection at roughly 50,000 accelerator hours.";

    @Test
    void givenASentenceThatRefersBack_whenSummarized_thenItIsNeverShownWithoutTheSentenceItRefersTo() {
        for (int chars : new int[] {120, 200, 280, 400}) {
            List<Sentence> chosen = new ExtractiveSummarizer(chars).choose(Sentences.split(REFERS_BACK));
            for (int k = 0; k < chosen.size(); k++) {
                if (chosen.get(k).text().startsWith("This is due to")) {
                    assertThat(k).as("at %d chars: %s", chars, chosen).isPositive();
                    assertThat(chosen.get(k - 1).text()).startsWith("While the GPT baseline");
                }
            }
        }
        assertThat(new ExtractiveSummarizer(280).summarize(paper(REFERS_BACK))).doesNotStartWith("This is due to")
                .doesNotContain("accelerator hours. This is due to");
    }

    @Test
    void givenBackgroundThenIdeaThenResult_whenSummarized_thenTheLineSaysWhatItDoesAndWhatItFound() {
        String summary = new ExtractiveSummarizer(280).summarize(paper(ABSTRACT));
        assertThat(summary).isEqualTo("We propose SlimKV, a cache that keeps only the keys attention needs. Experiments on four "
                + "benchmarks show that SlimKV outperforms prior caches while using 40% less memory.");
    }

    @Test
    void givenRoomForOneSentence_whenSummarized_thenTheSpecificResultWins() {
        String summary = new ExtractiveSummarizer(120).summarize(paper(ABSTRACT));
        assertThat(summary).startsWith("Experiments on four benchmarks show that SlimKV outperforms prior caches")
                .hasSizeLessThanOrEqualTo(120).doesNotContain("http");
    }

    @Test
    void givenTheBestIdeaTooLongBesideTheResult_whenSummarized_thenAShorterIdeaSentenceJoinsTheResult() {
        String text = "Caches are widely used in serving. We propose SlimKV, a novel cache for transformer inference that keeps "
                + "only the keys and values that attention heads will need again, chosen by a learned scorer over past queries and "
                + "positions. Specifically, we evict by a learned score. Experiments on four benchmarks show that SlimKV "
                + "outperforms prior caches while using 40% less memory.";
        String summary = new ExtractiveSummarizer(200).summarize(paper(text));
        assertThat(summary).isEqualTo("We evict by a learned score. Experiments on four benchmarks show that SlimKV "
                + "outperforms prior caches while using 40% less memory.");
    }

    @Test
    void givenOnlyAVagueResult_whenSummarized_thenTheIdeaIsTheLine() {
        String vague = "Compressing caches remains costly. We propose SlimKV, a cache that keeps only the keys attention needs, "
                + "and evicts the rest by a learned score computed from the queries seen so far. "
                + "Extensive experiments demonstrate the effectiveness of our method.";
        assertThat(new ExtractiveSummarizer(120).summarize(paper(vague))).startsWith("We propose SlimKV");
    }

    @Test
    void givenNoAbstract_whenSummarized_thenTheTitleStandsIn() {
        assertThat(new ExtractiveSummarizer(280).summarize(paper(""))).isEqualTo("SlimKV: a small cache");
    }
}
