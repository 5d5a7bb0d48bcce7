package dev.paperboy.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Mixes each candidate's BM25 score and cosine into one score; higher is better. */
interface Fusion {

    double[] scores(List<HybridRanker.Candidate> candidates);

    /** A weighted sum of the cosine and the words' share of their reachable BM25 score; {@code meaning} is the cosine's weight. */
    static Fusion linear(double meaning) {
        return candidates -> {
            double[] out = new double[candidates.size()];
            for (int i = 0; i < out.length; i++) {
                HybridRanker.Candidate c = candidates.get(i);
                // A negative cosine means unrelated, not "less than unrelated".
                out[i] = meaning * Math.max(0, nan0(c.cosine())) + (1 - meaning) * c.words();
            }
            return out;
        };
    }

    /**
     * Like {@link #linear}, but leaning on meaning as much as the query's words went unmatched: when the best
     * word match reaches only a share {@code w} of what the words could score, the cosine's weight is at least
     * {@code 1 - w}. A query whose words all occur in a title is ranked mostly by words; one described in
     * other words mostly by meaning.
     */
    static Fusion adaptive(double minMeaning, double lean) {
        return candidates -> {
            double best = candidates.stream().mapToDouble(HybridRanker.Candidate::words).max().orElse(0);
            double meaning = Math.max(minMeaning, Math.min(1, lean * (1 - best)));
            return linear(meaning).scores(candidates);
        };
    }

    /** Reciprocal rank fusion: the sum over both rankings of 1 / (k + rank). */
    static Fusion reciprocalRank(int k) {
        return candidates -> {
            double[] out = new double[candidates.size()];
            addRanks(candidates, Comparator.comparingDouble(c -> -c.words()), c -> c.words() > 0, k, out);
            addRanks(candidates, Comparator.comparingDouble(c -> -nan0(c.cosine())), c -> !Float.isNaN(c.cosine()), k, out);
            return out;
        };
    }

    private static void addRanks(List<HybridRanker.Candidate> candidates, Comparator<HybridRanker.Candidate> order,
                                 java.util.function.Predicate<HybridRanker.Candidate> present, int k, double[] out) {
        Integer[] idx = IntStream.range(0, candidates.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, (a, b) -> order.compare(candidates.get(a), candidates.get(b)));
        for (int rank = 0; rank < idx.length; rank++) {
            if (present.test(candidates.get(idx[rank]))) {
                out[idx[rank]] += 1.0 / (k + rank + 1);
            }
        }
    }

    private static double nan0(float x) {
        return Float.isNaN(x) ? 0 : x;
    }
}
