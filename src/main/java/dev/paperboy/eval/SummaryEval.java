package dev.paperboy.eval;

import dev.paperboy.summary.Extract;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs summarizers over labelled abstracts and measures how often each summary covers what people labelled as
 * the paper's idea or result. The first method is the baseline every other one is compared with, on the same
 * abstracts, with a paired bootstrap interval for the difference.
 */
public final class SummaryEval {

    static final List<String> TARGETS = List.of("idea", "result");
    static final int RESAMPLES = 2000;

    /** A summarizer under test: abstract text in, extract out. */
    public record Method(String name, Function<String, Extract> summarize) {
    }

    /** [low, high] of a 95% interval. */
    public record Interval(double low, double high) {
    }

    /**
     * One method's numbers. {@code covered}: share of abstracts whose summary covers an idea or a result span;
     * {@code ideaSpans}/{@code resultSpans}: share of those spans covered; {@code coveredAsShown}: the same as
     * {@code covered} counting only the text the chat line kept; {@code wholeSpan}: an idea or result span lies
     * entirely inside the summary's sentences.
     */
    public record Score(String method, double covered, Interval coveredCi, double delta, Interval deltaCi, double ideaSpans,
                        double resultSpans, double coveredAsShown, double wholeSpan, double meanChars, double twoSentences) {
    }

    public record Result(int abstracts, int withoutTargets, int droppedSpans, List<Score> scores) {
    }

    private SummaryEval() {
    }

    public static Result run(LabelledAbstract.Data data, List<Method> methods, long seed) {
        List<LabelledAbstract> usable = data.abstracts().stream()
                .filter(a -> a.spans().stream().anyMatch(s -> TARGETS.contains(s.label()))).toList();
        int n = usable.size();
        double[][] hits = new double[methods.size()][n];
        List<Score> partial = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            partial.add(measure(methods.get(m), usable, hits[m]));
        }
        Random random = new Random(seed);
        int[][] samples = new int[RESAMPLES][n];
        for (int[] sample : samples) {
            for (int i = 0; i < n; i++) {
                sample[i] = random.nextInt(n);
            }
        }
        List<Score> scores = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            Score s = partial.get(m);
            double[] diff = new double[n];
            for (int i = 0; i < n; i++) {
                diff[i] = hits[m][i] - hits[0][i];
            }
            scores.add(new Score(s.method(), s.covered(), interval(hits[m], samples), mean(diff), interval(diff, samples),
                    s.ideaSpans(), s.resultSpans(), s.coveredAsShown(), s.wholeSpan(), s.meanChars(), s.twoSentences()));
        }
        return new Result(n, data.abstracts().size() - n, data.droppedSpans(), scores);
    }

    private static Score measure(Method method, List<LabelledAbstract> abstracts, double[] hits) {
        int ideaTotal = 0;
        int ideaHit = 0;
        int resultTotal = 0;
        int resultHit = 0;
        int shownHits = 0;
        int wholeHits = 0;
        long chars = 0;
        int pairs = 0;
        for (int i = 0; i < abstracts.size(); i++) {
            LabelledAbstract a = abstracts.get(i);
            Extract extract = method.summarize().apply(a.text());
            List<int[]> ranges = Coverage.ranges(extract, false);
            List<int[]> shown = Coverage.ranges(extract, true);
            boolean any = false;
            boolean anyShown = false;
            boolean anyWhole = false;
            for (LabelledAbstract.Span span : a.spans()) {
                if (!TARGETS.contains(span.label())) {
                    continue;
                }
                boolean covered = Coverage.covers(ranges, span);
                any |= covered;
                anyShown |= Coverage.covers(shown, span);
                anyWhole |= Coverage.containsWhole(ranges, span);
                if (span.label().equals("idea")) {
                    ideaTotal++;
                    ideaHit += covered ? 1 : 0;
                } else {
                    resultTotal++;
                    resultHit += covered ? 1 : 0;
                }
            }
            hits[i] = any ? 1 : 0;
            shownHits += anyShown ? 1 : 0;
            wholeHits += anyWhole ? 1 : 0;
            chars += extract.text().length();
            pairs += extract.sentences().size() > 1 ? 1 : 0;
        }
        int n = Math.max(1, abstracts.size());
        return new Score(method.name(), mean(hits), null, 0, null, share(ideaHit, ideaTotal), share(resultHit, resultTotal),
                (double) shownHits / n, (double) wholeHits / n, (double) chars / n, (double) pairs / n);
    }

    /** Percentile bootstrap over abstracts; the same resamples for every method, so differences are paired. */
    private static Interval interval(double[] values, int[][] samples) {
        if (values.length == 0) {
            return new Interval(0, 0);
        }
        double[] means = new double[samples.length];
        for (int b = 0; b < samples.length; b++) {
            double sum = 0;
            for (int i : samples[b]) {
                sum += values[i];
            }
            means[b] = sum / values.length;
        }
        Arrays.sort(means);
        return new Interval(means[(int) (0.025 * (means.length - 1))], means[(int) Math.ceil(0.975 * (means.length - 1))]);
    }

    private static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
    }

    private static double share(int hit, int total) {
        return total == 0 ? 0 : (double) hit / total;
    }
}
