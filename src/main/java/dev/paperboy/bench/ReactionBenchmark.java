package dev.paperboy.bench;

import dev.paperboy.paper.Paper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench reactions}: reactions recorded per second through the path chat adapters take, into an H2
 * file (each committed before the call returns), beside a loop of single-row INSERTs into the same table.
 */
public final class ReactionBenchmark {

    /** The command's options. */
    public static final class Options {
        @Option(names = "--data", description = "Real papers (JSON lines, .gz too) the reactions are about. Default: ${DEFAULT-VALUE}")
        Path data = Path.of("../shared/data/arxiv-listings-dev.jsonl.gz");

        @Option(names = "--reactions", description = "Reactions per run. Default: ${DEFAULT-VALUE}")
        int reactions = 20_000;

        @Option(names = "--threads", description = "Threads reacting at once (chat adapters call from several). Default: ${DEFAULT-VALUE}")
        int threads = 1;

        @Option(names = "--channels", description = "Channels. Default: ${DEFAULT-VALUE}")
        int channels = 50;

        @Option(names = "--papers", description = "Paper messages per channel. Default: ${DEFAULT-VALUE}")
        int papers = 50;

        @Option(names = "--repeat", description = "Runs; the median is reported. Default: ${DEFAULT-VALUE}")
        int repeat = 3;

        @Option(names = "--url-options", description = "Appended to the H2 URL, e.g. ';WRITE_DELAY=0'. Default: none")
        String urlOptions = "";

        @Option(names = "--db", description = "Record into a copy of this database (e.g. the one of bench prepare, path without .mv.db) "
                + "instead of a fresh one: its channels get the paper messages, and its size shows. Default: a fresh database")
        Path db;

        @Option(names = "--work", description = "Folder for the database. Default: ${DEFAULT-VALUE}")
        Path work = Path.of("target/bench/reactions");

        private String url;

        /** The H2 URL to record into (a fresh file, or a copy of {@code --db}), or null with the reason on stderr. */
        public String url(String configured) throws IOException {
            Path dir = work.resolve(UUID.randomUUID().toString().substring(0, 8));
            Path base = dir.resolve("db");
            if (db != null) {
                if (!Files.exists(BenchFiles.mvDb(db))) {
                    System.err.println("paperboy: no database at " + BenchFiles.mvDb(db));
                    return null;
                }
                base = BenchFiles.base(ProcessBench.copyDatabase(BenchFiles.mvDb(db), dir));
            }
            url = BenchFiles.h2Url(base, configured) + urlOptions;
            return url;
        }
    }

    private ReactionBenchmark() {
    }

    public static int run(Options o, BenchBackend app, PrintStream out) throws Exception {
        Instant now = Instant.now();
        List<Timings.Run> measured = new ArrayList<>();
        List<Timings.Run> baselines = new ArrayList<>();
        List<Paper> about = BenchCorpus.real(app.paperFiles(), o.data, o.papers, now);
        ReactionBench bench = new ReactionBench(app.services());
        ReactionBench.Setup setup = bench.prepare(about, o.channels, BenchWorld::ref, now);
        long channelId = app.services().channels().find(setup.channels().get(0)).orElseThrow().id();
        ReactionBench.InsertLoop loop = app.insertLoop(channelId, about.get(0).id());
        // Warm-up of both paths, uncounted.
        bench.react(setup, Math.min(2_000, o.reactions), o.threads, 7);
        ReactionBench.baseline(loop, Math.min(2_000, o.reactions));
        for (int r = 0; r < o.repeat; r++) {
            measured.add(bench.react(setup, o.reactions, o.threads, r));
            baselines.add(ReactionBench.baseline(loop, o.reactions));
            System.err.printf("run %d: %.0f reactions/s, insert loop %.0f/s%n", r + 1, measured.get(r).perSecond(), baselines.get(r).perSecond());
        }
        out.println(report(o, measured, baselines, app.h2WriteDelay()));
        return 0;
    }

    private static String report(Options o, List<Timings.Run> measured, List<Timings.Run> baselines, int writeDelay) {
        Timings.Run m = Timings.medianByRate(measured);
        Timings.Run b = Timings.medianByRate(baselines);
        StringBuilder out = new StringBuilder(BenchFiles.header("Reactions", "java -jar target/paperboy.jar bench reactions --reactions "
                + o.reactions + " --threads " + o.threads + " --repeat " + o.repeat + (o.db == null ? "" : " --db " + o.db)
                + (o.urlOptions.isEmpty() ? "" : " --url-options '" + o.urlOptions + "'")));
        out.append(String.format("%n%s (`%s`); H2 WRITE_DELAY %d ms. %d channels × %d paper messages; members and emoji drawn "
                        + "at random, one in ten a removal; %d thread(s).%n%n", o.db == null ? "A fresh H2 file database" : "A copy of " + o.db,
                o.url.replaceFirst(".*?;", ";").replaceFirst("^jdbc:.*", "no settings"), writeDelay, o.channels, o.papers, o.threads));
        out.append("| path | reactions/s (median) | runs | p50 ms | p99 ms |\n| --- | --- | --- | --- | --- |\n");
        out.append(row("ReactionService.react", m, measured));
        out.append(row("single-row INSERT loop (baseline)", b, baselines));
        out.append(String.format("%nReactionService.react records at %.2f× the rate of bare inserts.%n", m.perSecond() / b.perSecond()));
        return out.toString();
    }

    private static String row(String name, Timings.Run m, List<Timings.Run> runs) {
        return String.format("| %s | %.0f | %s | %.3f | %.3f |%n", name, m.perSecond(),
                String.join(", ", runs.stream().map(r -> String.format("%.0f", r.perSecond())).toList()), m.p50Millis(), m.p99Millis());
    }
}
