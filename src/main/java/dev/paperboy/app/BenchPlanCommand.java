package dev.paperboy.app;

import dev.paperboy.bench.BenchWorld;
import dev.paperboy.bench.PlanBench;
import dev.paperboy.bench.Stopwatches;
import dev.paperboy.bench.Timed;
import dev.paperboy.bench.Timings;
import dev.paperboy.channel.Channel;
import dev.paperboy.chat.console.SessionClock;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.recommend.CandidatePool;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.store.JdbcFeedbackStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench plan}: channel digests planned per second on the database of {@code bench prepare}, for
 * each ranking mode; {@code tags-only@per-query} (ranking by tags alone, candidates read by one SQL query per plan, as
 * planning did before the candidate pool) is the baseline of the same run.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Digest planning: channel digests/s over the prepared papers and channels, per ranking mode, with where the time goes.")
final class BenchPlanCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--db", description = "The database of bench prepare (path without .mv.db). Default: ${DEFAULT-VALUE}")
    Path db = Path.of(BenchSupport.WORLD);

    @Option(names = "--modes", split = ",", description = "Ranking modes, each with the fresh papers in memory (the bot's way) or, "
            + "with @per-query, read by one SQL query per plan; the last is the baseline. Default: ${DEFAULT-VALUE}")
    List<String> modes = new ArrayList<>(List.of("learned", "tags-only", "tags-only@per-query"));

    @Option(names = "--threads", description = "Channels planned at once, as the scheduler's threads do. Default: ${DEFAULT-VALUE}")
    int threads = 2;

    @Option(names = "--seconds", description = "Time budget of each measured run. Default: ${DEFAULT-VALUE}")
    int seconds = 60;

    @Option(names = "--warmup", description = "Channels planned first and not counted. Default: ${DEFAULT-VALUE}")
    int warmup = 10;

    @Option(names = "--repeat", description = "Measured runs per mode (each on the channels in another order); the median is reported. Default: ${DEFAULT-VALUE}")
    int repeat = 3;

    @Option(names = "--seed", description = "Seed of the channel order. Default: ${DEFAULT-VALUE}")
    long seed = 42;

    @Option(names = "--work", description = "Folder for the copy of the database (removed afterwards). Default: ${DEFAULT-VALUE}")
    Path work = Path.of("target/bench/plan");

    @Option(names = "--url-options", description = "Appended to the H2 URL, e.g. ';CACHE_SIZE=131072'. Default: none")
    String urlOptions = "";

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(BenchSupport.mvDb(db))) {
            System.err.println("paperboy: no benchmark database at " + BenchSupport.mvDb(db) + "; run `paperboy bench prepare` first");
            return 2;
        }
        // On a copy: H2 rewrites a database it has opened, and the prepared one is the other benchmarks' too (its
        // size keys their cached search index).
        Path dir = work.resolve(java.util.UUID.randomUUID().toString().substring(0, 8));
        Path copy = dev.paperboy.bench.ProcessBench.copyDatabase(BenchSupport.mvDb(db), dir);
        Config loaded = global.load();
        Config config = loaded.with("db.url", BenchSupport.h2Url(Path.of(copy.toString().replaceFirst("\\.mv\\.db$", "")), loaded) + urlOptions);
        SessionClock clock = new SessionClock(Clock.systemUTC());
        clock.advanceTo(BenchWorld.NOW);
        Map<String, List<PlanBench.Result>> results = new LinkedHashMap<>();
        try (Wiring app = Wiring.open(config, clock)) {
            List<Channel> channels = BenchSupport.worldChannels(app);
            if (channels.isEmpty()) {
                System.err.println("paperboy: " + db + " has no benchmark channels; run `paperboy bench prepare --force`");
                return 2;
            }
            Stopwatches watch = new Stopwatches();
            PlanBench bench = new PlanBench(watch, System.err);
            // One planner per mode for the whole run, as the bot keeps one: its caches warm up as it plans.
            Map<String, DigestPlanner> planners = new LinkedHashMap<>();
            for (String mode : modes) {
                planners.put(mode, planner(app, config, mode, watch));
            }
            for (int r = 0; r < repeat; r++) {
                List<Channel> order = new ArrayList<>(channels);
                Collections.shuffle(order, new Random(seed + r));
                for (String mode : modes) {
                    PlanBench.Result result = bench.run(mode, planners.get(mode), order, BenchWorld.NOW,
                            config.integer("digest.size"), warmup, Duration.ofSeconds(seconds), threads);
                    System.err.printf("%s run %d: %.1f digests/s%n", mode, r + 1, result.run().perSecond());
                    // The learned ranker keeps each channel's model until its feedback changes: a channel's first plan
                    // trains it (a morning after every channel had new reactions), later ones reuse it (a quiet morning).
                    String row = !mode.startsWith("learned") ? mode : mode + (r == 0 ? " (each channel's first plan: model trained)" : " (models kept)");
                    results.computeIfAbsent(row, m -> new ArrayList<>()).add(result);
                }
            }
            System.out.println(report(results, channels.size()));
        } finally {
            Files.deleteIfExists(copy);
        }
        return 0;
    }

    /**
     * The planner the bot builds for {@code mode} ({@code ranking.mode}, then {@code @per-query} for candidates read
     * by SQL on every plan), with its stores and ranker timed. Each planner has a pool of its own, so the first
     * plan of a run loads it as the bot's first digest of a day does.
     */
    private static DigestPlanner planner(Wiring app, Config config, String mode, Stopwatches watch) throws ConfigException {
        var ds = app.database.dataSource();
        String ranking = mode.replaceFirst("@.*", "");
        FeedbackService feedback = new FeedbackService(Timed.feedback(new JdbcFeedbackStore(ds), watch), BenchSupport.meanings(config));
        var candidates = Timed.candidates(new JdbcCandidateStore(ds), watch);
        var tags = Timed.tags(app.tags, watch);
        CandidatePool pool = mode.endsWith("@per-query") ? CandidatePool.perQuery(candidates, tags) : CandidatePool.inMemory(candidates, tags);
        // The ranker reads through untimed stores, so its own reads count once, in its own time.
        return new DigestPlanner(pool, tags, feedback,
                Timed.ranker(Settings.ranker(config.with("ranking.mode", ranking), app.papers, app.tags, app.embeddings), watch),
                Duration.ofDays(config.integer("digest.freshness-days")));
    }

    private String report(Map<String, List<PlanBench.Result>> results, int channels) {
        StringBuilder out = new StringBuilder(BenchSupport.header("Digest planning",
                "java -jar target/paperboy.jar bench plan --seconds " + seconds + " --repeat " + repeat + " --threads " + threads
                        + " --modes " + String.join(",", modes)
                        + (urlOptions.isEmpty() ? "" : " --url-options '" + urlOptions + "'")));
        out.append(String.format("%nOver the %,d channels of `bench prepare`; each plan asks for twice the digest size, as a digest does; %d thread(s) plan at once.%n%n",
                channels, threads));
        out.append("| mode | digests/s (median of runs) | runs | p50 ms | p99 ms | first plan ms | candidates/plan | load before → after |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        Map<String, PlanBench.Result> medians = new LinkedHashMap<>();
        results.forEach((mode, runs) -> {
            PlanBench.Result m = runs.stream().filter(r -> r.run() == Timings.medianByRate(runs.stream().map(PlanBench.Result::run).toList()))
                    .findFirst().orElseThrow();
            medians.put(mode, m);
            String all = String.join(", ", runs.stream().map(r -> String.format("%.1f", r.run().perSecond())).toList());
            out.append(String.format("| %s | %.2f | %s | %.1f | %.1f | %.0f | %.0f | %s → %s |%n", mode, m.run().perSecond(), all,
                    m.run().p50Millis(), m.run().p99Millis(), m.coldMillis(), m.meanCandidates(), m.loadBefore(), m.loadAfter()));
        });
        String last = modes.get(modes.size() - 1);
        String baseline = medians.keySet().stream().filter(k -> k.equals(last) || k.startsWith(last + " (")).reduce((a, b) -> b).orElseThrow();
        medians.forEach((mode, m) -> {
            if (!mode.equals(baseline)) {
                out.append(String.format("%n%s plans at %.3f× the rate of %s.%n", mode,
                        m.run().perSecond() / medians.get(baseline).run().perSecond(), baseline));
            }
        });
        out.append("\nWhere a plan's time goes (ms per plan, median run):\n\n| stage |");
        medians.keySet().forEach(mode -> out.append(' ').append(mode).append(" |"));
        out.append("\n| --- |").append(" --- |".repeat(medians.size())).append('\n');
        java.util.Set<String> stages = new java.util.LinkedHashSet<>();
        medians.values().forEach(m -> stages.addAll(m.stageMillisPerPlan().keySet()));
        for (String stage : stages) {
            out.append("| ").append(stage).append(" |");
            medians.values().forEach(m -> out.append(String.format(" %.1f |", m.stageMillisPerPlan().getOrDefault(stage, 0.0))));
            out.append('\n');
        }
        return out.toString();
    }
}
