package dev.paperboy.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Time spent per named stage, summed over many calls: the decorators around the stores and the ranker add to it,
 * so a benchmark can say where each operation's time went without a profiler. Stages are summed over
 * threads: with several planning at once, a stage's time can exceed the wall-clock time.
 */
public final class Stopwatches {

    private final Map<String, long[]> totals = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long spent = System.nanoTime() - start;
            synchronized (this) {
                long[] total = totals.computeIfAbsent(stage, k -> new long[2]);
                total[0] += spent;
                total[1]++;
            }
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Adds to a named count (papers read, candidates ranked …). */
    public synchronized void count(String name, long n) {
        counts.merge(name, n, Long::sum);
    }

    public synchronized long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    /** Milliseconds spent in each stage since the last reset. */
    public synchronized Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        totals.forEach((stage, t) -> out.put(stage, t[0] / 1e6));
        return out;
    }

    public synchronized void reset() {
        totals.clear();
        counts.clear();
    }
}
