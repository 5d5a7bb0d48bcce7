package dev.paperboy.bench;

import dev.paperboy.channel.Channel;
import dev.paperboy.recommend.DigestPlanner;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Digest planning, as a scheduled digest does it ({@code plan} for twice the digest's size, so spares stand in
 * for papers claimed meanwhile, held to the channel's quality bar), for a time budget. The first
 * {@code warmup} channels are planned first and not counted (the JIT, and the caches the bot fills on its first
 * digests); then each channel is planned once, in a fixed shuffled order, until the budget or the channels run out,
 * by {@code threads} threads at once as the scheduler's threads do on a morning when many digests fall due.
 */
public final class PlanBench {

    /** One ranking mode's figure, with the time per plan in each stage the decorators saw. */
    public record Result(String mode, Timings.Run run, double coldMillis, double meanCandidates, Map<String, Double> stageMillisPerPlan,
                         String loadBefore, String loadAfter) {
    }

    private final Stopwatches watch;
    private final PrintStream progress;

    public PlanBench(Stopwatches watch, PrintStream progress) {
        this.watch = watch;
        this.progress = progress;
    }

    /** As a scheduled digest plans: held to the channel's bar. */
    private static void plan(DigestPlanner planner, Channel c, int picks, Instant now) {
        planner.plan(c.id(), c.tags(), picks, 0, now, c.settings().bar(), true);
    }

    public Result run(String mode, DigestPlanner planner, List<Channel> channels, Instant now, int digestSize, int warmup,
                      Duration budget, int threads) throws InterruptedException {
        String loadBefore = Machine.currentLoad();
        int picks = digestSize * 2;
        long cold = System.nanoTime();
        double coldMillis = 0;
        int w = Math.min(warmup, Math.max(0, channels.size() - 1));
        for (int i = 0; i < w; i++) {
            plan(planner, channels.get(i), picks, now);
            if (i == 0) {
                coldMillis = (System.nanoTime() - cold) / 1e6;
            }
        }
        watch.reset();
        List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(w);
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < channels.size() && System.nanoTime() < deadline && failure.get() == null;
                 i = next.getAndIncrement()) {
                Channel c = channels.get(i);
                long t = System.nanoTime();
                try {
                    plan(planner, c, picks, now);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    return;
                }
                nanos.add(System.nanoTime() - t);
                if (nanos.size() % 100 == 0) {
                    progress.printf("%s: %d plans, %.1f/s%n", mode, nanos.size(), nanos.size() / Timings.seconds(started));
                }
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(worker, "plan-" + t);
            thread.start();
            workers.add(thread);
        }
        for (Thread thread : workers) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = Timings.seconds(started);
        Timings.Run run = Timings.Run.of(nanos.stream().mapToLong(Long::longValue).toArray(), seconds);
        Map<String, Double> stages = new LinkedHashMap<>();
        double accounted = 0;
        for (Map.Entry<String, Double> e : watch.millis().entrySet()) {
            stages.put(e.getKey(), e.getValue() / Math.max(1, run.operations()));
            accounted += e.getValue();
        }
        stages.put("rest (opinions, filtering)", Math.max(0, seconds * 1000 * threads - accounted) / Math.max(1, run.operations()));
        double candidates = watch.count("candidates") / (double) Math.max(1, run.operations());
        return new Result(mode, run, coldMillis, candidates, stages, loadBefore, Machine.currentLoad());
    }
}
