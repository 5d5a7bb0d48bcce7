package dev.paperboy.bench;

import dev.paperboy.embed.Embedder;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.Paper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench ingest}: papers/s through the bot's ingest (read, parse, store, tag, embed, index) into a
 * fresh H2 file, on real papers with the real model, beside the model alone on the same texts.
 */
public final class IngestBenchmark {

    /** The command's options. */
    public static final class Options {
        @Option(names = "--data", description = "Real papers (JSON lines, .gz too). Default: ${DEFAULT-VALUE}")
        Path data = Path.of("../shared/data/arxiv-listings-dev.jsonl.gz");

        @Option(names = "--papers", description = "Papers measured per run. Default: ${DEFAULT-VALUE}")
        int papers = 1_000;

        @Option(names = "--batch", description = "Papers per file, as one source run delivers them. Default: ${DEFAULT-VALUE}")
        int batch = 100;

        @Option(names = "--repeat", description = "Runs, each on other papers; the median is reported. Default: ${DEFAULT-VALUE}")
        int repeat = 3;

        @Option(names = "--work", description = "Folder for the batch files and the database. Default: ${DEFAULT-VALUE}")
        Path work = Path.of("target/bench/ingest");

        private Path dir;

        /** This run's own folder under {@code --work}: the database, the search index and the batch files go there. */
        public Path dir() {
            if (dir == null) {
                dir = work.resolve(UUID.randomUUID().toString().substring(0, 8));
            }
            return dir;
        }
    }

    private IngestBenchmark() {
    }

    public static int run(Options o, BenchBackend app, PrintStream out) throws Exception {
        Instant now = Instant.now();
        List<Paper> all = BenchCorpus.real(app.paperFiles(), o.data, o.batch + o.repeat * o.papers, now);
        if (all.size() < o.batch + o.repeat * o.papers) {
            System.err.println("paperboy: " + o.data + " has only " + all.size() + " papers; ask for fewer with --papers or --repeat");
            return 2;
        }
        Stopwatches watch = new Stopwatches();
        Embedder model = app.newModel();
        IngestService ingest = app.timedIngest(model, watch);
        IngestBench bench = new IngestBench(app.paperFiles(), watch, System.err);
        List<IngestBench.Result> runs = new ArrayList<>();
        for (int r = 0; r < o.repeat; r++) {
            // The first run's first batch warms up: the model loads, the tagger embeds its tags' texts once.
            List<Paper> papersOfRun = new ArrayList<>(r == 0 ? all.subList(0, o.batch) : List.of());
            papersOfRun.addAll(all.subList(o.batch + r * o.papers, o.batch + (r + 1) * o.papers));
            List<Path> files = IngestBench.writeBatches(papersOfRun, o.batch, app.jsonPapers(), o.dir().resolve("run-" + r));
            runs.add(bench.run(files, r == 0 ? 1 : 0, ingest, model, now));
        }
        out.println(report(o, runs));
        return 0;
    }

    private static String report(Options o, List<IngestBench.Result> runs) {
        List<IngestBench.Result> sorted = runs.stream().sorted(Comparator.comparingDouble(IngestBench.Result::perSecond)).toList();
        IngestBench.Result m = sorted.get((sorted.size() - 1) / 2);
        StringBuilder out = new StringBuilder(BenchFiles.header("Ingest", "java -jar target/paperboy.jar bench ingest --papers " + o.papers
                + " --batch " + o.batch + " --repeat " + o.repeat));
        out.append(String.format("%n%,d real papers per run from %s, in files of %d, into a fresh H2 file and a fresh search index, "
                + "through the listeners the bot's ingest has.%n%n", o.papers, o.data.getFileName(), o.batch));
        out.append("| run | ingest papers/s | model alone papers/s | ingest / model | ingest CPU ms/paper | model alone CPU ms/paper "
                + "| load before → after |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < runs.size(); i++) {
            IngestBench.Result r = runs.get(i);
            out.append(String.format("| %d%s | %.1f | %.1f | %.2f | %.1f | %.1f | %s → %s |%n", i + 1, r == m ? " (median)" : "",
                    r.perSecond(), r.baselinePerSecond(), r.perSecond() / r.baselinePerSecond(), r.cpuMillisPerPaper(),
                    r.baselineCpuMillisPerPaper(), r.loadBefore(), r.loadAfter()));
        }
        out.append("\nCPU per paper is the process's CPU time (all threads) over the papers: what ingest costs whoever shares the "
                + "cores, steadier under load than a rate; at 2 cores fully used, 100 papers/s needs at most 20 CPU ms per paper.\n");
        out.append("\nWhere the median run's time went (seconds; the model runs inside \"… ahead (overlapped)\", on ingest's background"
                + " thread beside the other stages, so shares add up to more than 100%):\n\n| stage | s | share |\n| --- | --- | --- |\n");
        m.stageSeconds().forEach((stage, s) -> out.append(String.format("| %s | %.2f | %.0f%% |%n", stage, s, 100 * s / m.seconds())));
        out.append(String.format("| end to end | %.2f | 100%% |%n", m.seconds()));
        return out.toString();
    }
}
