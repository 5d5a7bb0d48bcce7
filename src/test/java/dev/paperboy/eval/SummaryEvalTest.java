package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.summary.Extract;
import dev.paperboy.summary.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryEvalTest {

    static final String A1 = "Video models have become popular. However, they remain slow on long clips. We propose StrideNet, which "
            + "skips frames whose features barely change. On three benchmarks StrideNet is 3x faster than prior models at equal accuracy.";
    static final String A2 = "Graph learning is a key problem. Existing methods often ignore edge types. We introduce TypedGNN, which "
            + "learns one message function per edge type. TypedGNN outperforms the state of the art on five datasets by 4% on average.";

    /** One JSON line with spans found by their text, so the offsets are right by construction. */
    static String line(String id, String text, String idea, String result) {
        return "{\"id\":\"" + id + "\",\"abstract\":\"" + text + "\",\"spans\":["
                + span(text, idea, "idea") + "," + span(text, result, "result") + ",{\"start\":900,\"end\":990,\"label\":\"task\"}]}";
    }

    static String span(String text, String part, String label) {
        int start = text.indexOf(part);
        return "{\"start\":" + start + ",\"end\":" + (start + part.length()) + ",\"label\":\"" + label + "\"}";
    }

    static Path sample(Path dir) throws Exception {
        Path file = dir.resolve("labelled.jsonl");
        Files.write(file, List.of(
                line("a1", A1, "skips frames whose features barely change", "3x faster than prior models"),
                line("a2", A2, "learns one message function per edge type", "outperforms the state of the art on five datasets")));
        return file;
    }

    @Test
    void givenLabelledAbstracts_whenEvaluated_thenTheExtractiveSummaryCoversWhatTheFirstSentenceMisses(@TempDir Path dir) throws Exception {
        LabelledAbstract.Data data = LabelledAbstract.read(sample(dir));
        assertThat(data.droppedSpans()).isEqualTo(2);

        SummaryEval.Result result = SummaryEval.run(data, SummaryBaselines.methods(280), 42);

        assertThat(result.abstracts()).isEqualTo(2);
        SummaryEval.Score first = result.scores().get(0);
        SummaryEval.Score extractive = result.scores().get(result.scores().size() - 1);
        assertThat(first.method()).startsWith("first sentence");
        assertThat(first.covered()).isZero();
        assertThat(extractive.covered()).isEqualTo(1.0);
        assertThat(extractive.delta()).isEqualTo(1.0);
        assertThat(extractive.ideaSpans()).isEqualTo(1.0);
        assertThat(extractive.resultSpans()).isEqualTo(1.0);
    }

    @Test
    void givenASpanHalfInsideTheSummary_whenCovered_thenHalfCountsAndLessDoesNot() {
        Extract extract = new Extract(List.of(new Sentence(0, 10, 20, "0123456789")), "0123456789", 1.0);
        List<int[]> ranges = Coverage.ranges(extract, false);
        assertThat(Coverage.covers(ranges, new LabelledAbstract.Span(15, 25, "idea"))).isTrue();
        assertThat(Coverage.covers(ranges, new LabelledAbstract.Span(16, 26, "idea"))).isFalse();
        assertThat(Coverage.containsWhole(ranges, new LabelledAbstract.Span(12, 18, "idea"))).isTrue();
    }

    @Test
    void givenALineCutInHalf_whenCoveredAsShown_thenOnlyTheShownHalfCounts() {
        Extract cut = new Extract(List.of(new Sentence(0, 0, 100, "x".repeat(100))), "x".repeat(50) + "…", 0.5);
        LabelledAbstract.Span tail = new LabelledAbstract.Span(70, 90, "result");
        assertThat(Coverage.covers(Coverage.ranges(cut, false), tail)).isTrue();
        assertThat(Coverage.covers(Coverage.ranges(cut, true), tail)).isFalse();
    }
}
