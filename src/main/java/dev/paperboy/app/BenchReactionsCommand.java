package dev.paperboy.app;

import dev.paperboy.bench.BenchCorpus;
import dev.paperboy.bench.BenchWorld;
import dev.paperboy.bench.ReactionBench;
import dev.paperboy.bench.Timings;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.chat.console.ConsoleSession;
import dev.paperboy.chat.console.SessionClock;
import dev.paperboy.paper.Paper;
import dev.paperboy.store.InsertLoop;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench reactions}: reactions recorded per second through the path chat adapters take, into an H2
 * file (each committed before the call returns), beside a loop of single-row INSERTs into the same table.
 */
@Command(name = "reactions", mixinStandardHelpOptions = true,
        description = "Reactions recorded per second (ReactionService.react into an H2 file), beside a single-row insert loop.")
final class BenchReactionsCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

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

    @Override
    public Integer call() throws Exception {
        Instant now = Instant.now();
        Path dir = work.resolve(UUID.randomUUID().toString().substring(0, 8));
        Path base = dir.resolve("db");
        if (db != null) {
            if (!java.nio.file.Files.exists(BenchSupport.mvDb(db))) {
                System.err.println("paperboy: no database at " + BenchSupport.mvDb(db));
                return 2;
            }
            Path copy = dev.paperboy.bench.ProcessBench.copyDatabase(BenchSupport.mvDb(db), dir);
            base = Path.of(copy.toString().replaceFirst("\\.mv\\.db$", ""));
        }
        // Reactions touch neither embeddings nor the ranker: the model is left out so it does not load.
        Config loaded = global.load();
        Config config = loaded.with("db.url", BenchSupport.h2Url(base, loaded) + urlOptions).with("embed.enabled", "false")
                .with("tags.tagger", "keyword").with("ranking.mode", "tags-only");
        SessionClock clock = new SessionClock(Clock.systemUTC());
        List<Timings.Run> measured = new ArrayList<>();
        List<Timings.Run> baselines = new ArrayList<>();
        int writeDelay;
        url = config.string("db.url");
        try (Wiring app = Wiring.open(config, clock)) {
            List<Paper> about = BenchCorpus.real(app.paperFiles, data, papers, now);
            ReactionBench bench = new ReactionBench(BenchSupport.services(app, clock));
            ReactionBench.Setup setup = bench.prepare(about, channels,
                    name -> new ChannelRef(ConsoleSession.PLATFORM, ConsoleSession.WORKSPACE, name), now);
            InsertLoop loop = new InsertLoop(app.database.dataSource());
            writeDelay = loop.h2WriteDelay();
            long channelId = app.channels.find(setup.channels().get(0)).orElseThrow().id();
            String paperId = about.get(0).id();
            // Warm-up of both paths, uncounted.
            bench.react(setup, Math.min(2_000, reactions), threads, 7);
            ReactionBench.baseline(n -> loop.reactions(channelId, paperId, n), Math.min(2_000, reactions));
            for (int r = 0; r < repeat; r++) {
                measured.add(bench.react(setup, reactions, threads, r));
                baselines.add(ReactionBench.baseline(n -> loop.reactions(channelId, paperId, n), reactions));
                System.err.printf("run %d: %.0f reactions/s, insert loop %.0f/s%n", r + 1, measured.get(r).perSecond(), baselines.get(r).perSecond());
            }
        }
        System.out.println(report(measured, baselines, writeDelay));
        return 0;
    }

    private String report(List<Timings.Run> measured, List<Timings.Run> baselines, int writeDelay) {
        Timings.Run m = Timings.medianByRate(measured);
        Timings.Run b = Timings.medianByRate(baselines);
        StringBuilder out = new StringBuilder(BenchSupport.header("Reactions", "java -jar target/paperboy.jar bench reactions --reactions "
                + reactions + " --threads " + threads + " --repeat " + repeat + (db == null ? "" : " --db " + db) + (urlOptions.isEmpty() ? "" : " --url-options '" + urlOptions + "'")));
        out.append(String.format("%n%s (`%s`); H2 WRITE_DELAY %d ms. %d channels × %d paper messages; members and emoji drawn "
                + "at random, one in ten a removal; %d thread(s).%n%n", db == null ? "A fresh H2 file database" : "A copy of " + db, url.replaceFirst(".*?;", ";").replaceFirst("^jdbc:.*", "no settings"), writeDelay, channels, papers, threads));
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
