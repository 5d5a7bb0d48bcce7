package dev.paperboy.bench;

import java.util.Arrays;
import java.util.List;

/** Latency samples and rates, and the median of repeated runs. */
public final class Timings {

    private Timings() {
    }

    /** One timed run: how many operations, how long in all, and each operation's latency. */
    public record Run(int operations, double seconds, double p50Millis, double p99Millis) {

        public double perSecond() {
            return seconds > 0 ? operations / seconds : 0;
        }

        public static Run of(long[] nanos, double seconds) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Run(nanos.length, seconds, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
        }
    }

    /** The p-th percentile (nearest rank) of sorted samples; 0 when there are none. */
    public static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The run whose rate is the median of the runs (the lower middle one when their number is even). */
    public static Run medianByRate(List<Run> runs) {
        List<Run> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Run::perSecond)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
