package dev.paperboy.app;

import dev.paperboy.bench.BenchCorpus;
import dev.paperboy.bench.IngestBench;
import dev.paperboy.bench.Stopwatches;
import dev.paperboy.bench.Timed;
import dev.paperboy.chat.console.SessionClock;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.Paper;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.store.JdbcEmbeddingStore;
import dev.paperboy.store.JdbcPaperStore;
import dev.paperboy.store.JdbcSearchCorpus;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.Tagger;
import dev.paperboy.tag.TaggingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench ingest}: papers/s through the bot's ingest (read, parse, store, tag, embed) into a fresh H2
 * file, on real papers with the real model, beside the model alone on the same texts.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest end to end (parse, tag, embed, store) in papers/s on real papers, beside the embedding model alone.")
final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

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

    @Override
    public Integer call() throws Exception {
        Instant now = Instant.now();
        Path dir = work.resolve(UUID.randomUUID().toString().substring(0, 8));
        Config loaded = global.load();
        Config config = loaded.with("db.url", BenchSupport.h2Url(dir.resolve("db"), loaded)).with("embed.enabled", "true")
                .with("search.index-dir", dir.resolve("index").toString());
        SessionClock clock = new SessionClock(Clock.systemUTC());
        List<IngestBench.Result> runs = new ArrayList<>();
        try (Wiring app = Wiring.open(config, clock)) {
            List<Paper> all = BenchCorpus.real(app.paperFiles, data, batch + repeat * papers, now);
            if (all.size() < batch + repeat * papers) {
                System.err.println("paperboy: " + data + " has only " + all.size() + " papers; ask for fewer with --papers or --repeat");
                return 2;
            }
            Stopwatches watch = new Stopwatches();
            MiniLmEmbedder model = new MiniLmEmbedder(config.integer("embed.threads"));
            IngestService ingest = timedIngest(app, config, model, watch);
            IngestBench bench = new IngestBench(app.paperFiles, watch, System.err);
            for (int r = 0; r < repeat; r++) {
                // The first run's first batch warms up: the model loads, the tagger embeds its tags' texts once.
                List<Paper> papersOfRun = new ArrayList<>(r == 0 ? all.subList(0, batch) : List.of());
                papersOfRun.addAll(all.subList(batch + r * papers, batch + (r + 1) * papers));
                List<Path> files = IngestBench.writeBatches(papersOfRun, batch, app.jsonPapers, dir.resolve("run-" + r));
                runs.add(bench.run(files, r == 0 ? 1 : 0, ingest, model, now));
            }
        }
        System.out.println(report(runs));
        return 0;
    }

    /** The bot's ingest (the listeners Wiring gives it: tagging, embedding, search index), with the model and the stores timed. */
    private static IngestService timedIngest(Wiring app, Config config, MiniLmEmbedder model, Stopwatches watch) throws Exception {
        EmbeddingService embeddings = new EmbeddingService(Timed.embedder(model, watch), new JdbcEmbeddingStore(app.database.dataSource()));
        TagStore tags = Timed.tags(app.tags, watch);
        Tagger tagger = Settings.tagger(config, app.vocabulary, Optional.of(embeddings), tags::humanTagged);
        SearchIndexer indexer = new SearchIndexer(app.searchIndex, new JdbcSearchCorpus(app.database.dataSource(),
                new JdbcPaperStore(app.database.dataSource(), Clock.systemUTC())), new VocabularyTagLookup(tags, app.vocabulary),
                Optional.of(embeddings));
        List<IngestListener> listeners = List.of(Timed.listener("tagging (with the model)", new TaggingListener(tagger, tags, app.vocabulary), watch),
                Timed.listener("embed listener", new EmbedOnIngest(embeddings), watch),
                Timed.listener("search index (Lucene)", indexer, watch));
        return new IngestService(Timed.papers(app.papers, watch), listeners);
    }

    private String report(List<IngestBench.Result> runs) {
        List<IngestBench.Result> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(IngestBench.Result::perSecond)).toList();
        IngestBench.Result m = sorted.get((sorted.size() - 1) / 2);
        StringBuilder out = new StringBuilder(BenchSupport.header("Ingest", "java -jar target/paperboy.jar bench ingest --papers " + papers
                + " --batch " + batch + " --repeat " + repeat));
        out.append(String.format("%n%,d real papers per run from %s, in files of %d, into a fresh H2 file and a fresh search index, "
                + "through the listeners the bot's ingest has.%n%n", papers, data.getFileName(), batch));
        out.append("| run | ingest papers/s | model alone papers/s | ingest / model | load before → after |\n| --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < runs.size(); i++) {
            IngestBench.Result r = runs.get(i);
            out.append(String.format("| %d%s | %.1f | %.1f | %.2f | %s → %s |%n", i + 1, r == m ? " (median)" : "", r.perSecond(),
                    r.baselinePerSecond(), r.perSecond() / r.baselinePerSecond(), r.loadBefore(), r.loadAfter()));
        }
        out.append("\nWhere the median run's time went (seconds; tagging includes the model, which it calls first):\n\n| stage | s | share |\n| --- | --- | --- |\n");
        m.stageSeconds().forEach((stage, s) -> out.append(String.format("| %s | %.2f | %.0f%% |%n", stage, s, 100 * s / m.seconds())));
        out.append(String.format("| end to end | %.2f | 100%% |%n", m.seconds()));
        return out.toString();
    }
}
