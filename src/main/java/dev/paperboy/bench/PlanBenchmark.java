package dev.paperboy.bench;

import dev.paperboy.channel.Channel;
import dev.paperboy.recommend.DigestPlanner;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench plan}: channel digests planned per second on the database of {@code bench prepare}, for
 * each ranking mode; {@code tags-only@per-query} (ranking by tags alone, candidates read by one SQL query per plan, as
 * planning did before the candidate pool) is the baseline of the same run.
 */
public final class PlanBenchmark {

    /** The command's options. */
    public static final class Options {
        @Option(names = "--db", description = "The database of bench prepare (path without .mv.db). Default: ${DEFAULT-VALUE}")
        Path db = Path.of(BenchFiles.WORLD);

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

        @Option(names = "--follows", description = "First give every channel two follows and a mute (words, phrases, authors, a category),"
                + " in the copy of the database; modes ending in +follows plan with them (e.g. learned+follows), the others as if there were none.")
        boolean follows;

        @Option(names = "--seed", description = "Seed of the channel order. Default: ${DEFAULT-VALUE}")
        long seed = 42;

        @Option(names = "--work", description = "Folder for the copy of the database (removed afterwards). Default: ${DEFAULT-VALUE}")
        Path work = Path.of("target/bench/plan");

        @Option(names = "--url-options", description = "Appended to the H2 URL, e.g. ';CACHE_SIZE=131072'. Default: none")
        String urlOptions = "";

        /**
         * A copy of the prepared database to plan on (H2 rewrites a database it has opened, and the prepared one is the
         * other benchmarks' too: its size keys their cached search index), or null with the reason on stderr.
         */
        public Path copy() throws java.io.IOException {
            if (!Files.exists(BenchFiles.mvDb(db))) {
                System.err.println("paperboy: no benchmark database at " + BenchFiles.mvDb(db) + "; run `paperboy bench prepare` first");
                return null;
            }
            return ProcessBench.copyDatabase(BenchFiles.mvDb(db), work.resolve(UUID.randomUUID().toString().substring(0, 8)));
        }

        /** The H2 URL of the copy, with the configured URL's settings and {@code --url-options}. */
        public String url(Path copy, String configured) {
            return BenchFiles.h2Url(BenchFiles.base(copy), configured) + urlOptions;
        }
    }

    private PlanBenchmark() {
    }

    /** Runs every mode {@code repeat} times on the channels of the prepared database; prints the report; returns the exit code. */
    public static int run(Options o, BenchBackend app, PrintStream out) throws Exception {
        List<Channel> channels = BenchFiles.worldChannels(app.services().channels());
        if (channels.isEmpty()) {
            System.err.println("paperboy: " + o.db + " has no benchmark channels; run `paperboy bench prepare --force`");
            return 2;
        }
        app.services().clock().accept(BenchWorld.NOW);
        if (o.follows) {
            giveFollows(app.services().channels(), channels, o.seed);
        }
        Stopwatches watch = new Stopwatches();
        PlanBench bench = new PlanBench(watch, System.err);
        // One planner per mode for the whole run, as the bot keeps one: its caches warm up as it plans.
        Map<String, DigestPlanner> planners = new LinkedHashMap<>();
        for (String mode : o.modes) {
            planners.put(mode, app.timedPlanner(mode, watch));
        }
        Map<String, List<PlanBench.Result>> results = new LinkedHashMap<>();
        for (int r = 0; r < o.repeat; r++) {
            List<Channel> order = new ArrayList<>(channels);
            Collections.shuffle(order, new Random(o.seed + r));
            for (String mode : o.modes) {
                PlanBench.Result result = bench.run(mode, planners.get(mode), order, BenchWorld.NOW, app.digestSize(), o.warmup,
                        Duration.ofSeconds(o.seconds), o.threads);
                System.err.printf("%s run %d: %.1f digests/s%n", mode, r + 1, result.run().perSecond());
                // The learned ranker keeps each channel's model until its feedback changes: a channel's first plan
                // trains it (a morning after every channel had new reactions), later ones reuse it (a quiet morning).
                String row = !mode.startsWith("learned") ? mode : mode + (r == 0 ? " (each channel's first plan: model trained)" : " (models kept)");
                results.computeIfAbsent(row, m -> new ArrayList<>()).add(result);
            }
        }
        out.println(report(o, results, channels.size()));
        return 0;
    }

    /** What members of a reading group follow and mute: topics in words and phrases, a few authors, a category. */
    private static final List<String> FOLLOWS = List.of("\"diffusion policy\"", "state space models", "\"retrieval augmented generation\"",
            "mixture of experts", "reward model", "graph neural networks", "speech recognition", "federated learning", "robot manipulation",
            "hallucination", "author:wang", "author:\"Sergey Levine\"", "author:chen", "cat:cs.RO", "cat:cs.SD");
    private static final List<String> MUTES = List.of("survey", "benchmark", "cat:cs.CR", "\"large language models\"", "author:smith");

    private static void giveFollows(dev.paperboy.channel.ChannelStore store, List<Channel> channels, long seed) {
        for (Channel c : channels) {
            Random random = new Random(seed * 31 + c.id());
            List<String> follows = new ArrayList<>(FOLLOWS);
            Collections.shuffle(follows, random);
            for (String follow : follows.subList(0, 2)) {
                store.addFilter(c.id(), dev.paperboy.channel.FilterKind.FOLLOW, follow, BenchWorld.NOW);
            }
            store.addFilter(c.id(), dev.paperboy.channel.FilterKind.MUTE, MUTES.get(random.nextInt(MUTES.size())), BenchWorld.NOW);
        }
    }

    private static String report(Options o, Map<String, List<PlanBench.Result>> results, int channels) {
        StringBuilder out = new StringBuilder(BenchFiles.header("Digest planning",
                "java -jar target/paperboy.jar bench plan --seconds " + o.seconds + " --repeat " + o.repeat + " --threads " + o.threads
                        + " --modes " + String.join(",", o.modes) + (o.follows ? " --follows" : "")
                        + (o.urlOptions.isEmpty() ? "" : " --url-options '" + o.urlOptions + "'")));
        out.append(String.format("%nOver the %,d channels of `bench prepare`; each plan asks for twice the digest size, as a digest does; %d thread(s) plan at once.%n%n",
                channels, o.threads));
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
        String last = o.modes.get(o.modes.size() - 1);
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
        Set<String> stages = new LinkedHashSet<>();
        medians.values().forEach(m -> stages.addAll(m.stageMillisPerPlan().keySet()));
        for (String stage : stages) {
            out.append("| ").append(stage).append(" |");
            medians.values().forEach(m -> out.append(String.format(" %.1f |", m.stageMillisPerPlan().getOrDefault(stage, 0.0))));
            out.append('\n');
        }
        return out.toString();
    }
}
