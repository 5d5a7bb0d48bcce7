package dev.paperboy.app;

import dev.paperboy.bench.BenchFiles;
import dev.paperboy.bench.BenchWorld;
import dev.paperboy.bench.IngestBenchmark;
import dev.paperboy.bench.MemoryBenchmark;
import dev.paperboy.bench.PlanBenchmark;
import dev.paperboy.bench.PrepareWorld;
import dev.paperboy.bench.ProcessOptions;
import dev.paperboy.bench.ReactionBenchmark;
import dev.paperboy.bench.SearchBenchCorpus;
import dev.paperboy.bench.SearchBenchmark;
import dev.paperboy.bench.StartupBenchmark;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagVocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code paperboy bench <what>}: speed measured on this machine, each figure with a baseline from the same run.
 * Each benchmark is a subcommand here that reads its options and calls its harness in {@code bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed on this machine.")
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = "Build the benchmark database: N papers recombined from the dev listings, channels with feedback histories.")
    int prepare(@Mixin GlobalOptions global, @Mixin PrepareWorld.Options o) throws Exception {
        Config loaded = global.load();
        String url = o.freshUrl(loaded.string("db.url"));
        return url == null ? 2 : HarnessWiring.run(loaded.with("db.url", url).with("embed.enabled", "true"), Optional.empty(),
                h -> PrepareWorld.run(o, h, System.out));
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest end to end (parse, tag, embed, store) in papers/s on real papers, beside the embedding model alone.")
    int ingest(@Mixin GlobalOptions global, @Mixin IngestBenchmark.Options o) throws Exception {
        Config loaded = global.load();
        Config config = loaded.with("db.url", BenchFiles.h2Url(o.dir().resolve("db"), loaded.string("db.url"))).with("embed.enabled", "true")
                .with("search.index-dir", o.dir().resolve("index").toString());
        return HarnessWiring.run(config, Optional.empty(), h -> IngestBenchmark.run(o, h, System.out));
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Digest planning: channel digests/s over the prepared papers and channels, per ranking mode, with where the time goes.")
    int plan(@Mixin GlobalOptions global, @Mixin PlanBenchmark.Options o) throws Exception {
        Path copy = o.copy();
        if (copy == null) {
            return 2;
        }
        try {
            Config loaded = global.load();
            return HarnessWiring.run(loaded.with("db.url", o.url(copy, loaded.string("db.url"))), Optional.of(BenchWorld.NOW),
                    h -> PlanBenchmark.run(o, h, System.out));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Command(name = "reactions", mixinStandardHelpOptions = true,
            description = "Reactions recorded per second (ReactionService.react into an H2 file), beside a single-row insert loop.")
    int reactions(@Mixin GlobalOptions global, @Mixin ReactionBenchmark.Options o) throws Exception {
        Config loaded = global.load();
        String url = o.url(loaded.string("db.url"));
        // Reactions touch neither embeddings nor the ranker: the model is left out so it does not load.
        return url == null ? 2 : HarnessWiring.run(loaded.with("db.url", url).with("embed.enabled", "false").with("tags.tagger", "keyword")
                .with("ranking.mode", "tags-only"), Optional.empty(), h -> ReactionBenchmark.run(o, h, System.out));
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Time from process start to ready with the prepared database, beside the JVM alone and an empty database.")
    int startup(@Mixin GlobalOptions global, @ArgGroup(exclusive = false) ProcessOptions process, @Mixin StartupBenchmark.Options o)
            throws Exception {
        return StartupBenchmark.run(o, processOptions(global, process), System.out);
    }

    @Command(name = "memory", mixinStandardHelpOptions = true,
            description = "Resident memory (RSS) of the jar with the prepared papers and channels, beside the same process on an empty database.")
    int memory(@Mixin GlobalOptions global, @ArgGroup(exclusive = false) ProcessOptions process, @Mixin MemoryBenchmark.Options o)
            throws Exception {
        return MemoryBenchmark.run(o, processOptions(global, process), System.out);
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search latency (p50/p99) over N papers recombined from a real listing file: hybrid, BM25 alone, exact vector scan.")
    int search(@Mixin GlobalOptions global, @Mixin SearchBenchmark.Options o) throws Exception {
        return SearchBenchmark.run(o, searchTools(global.load()), System.out);
    }

    /** The bot's vocabulary, keyword tagger, model and paper reader, for the search harnesses ({@code bench search}, {@code eval search}). */
    static SearchBenchCorpus.Tools searchTools(Config config) throws ConfigException, java.io.IOException {
        TagVocabulary vocabulary = Settings.loadVocabulary(config);
        return new SearchBenchCorpus.Tools(vocabulary, new KeywordTagger(vocabulary, config.decimal("tags.keyword-threshold")),
                new MiniLmEmbedder(config.integer("embed.threads")), new PaperFiles(new JsonPapers(Json.mapper())));
    }

    private static ProcessOptions processOptions(GlobalOptions global, ProcessOptions given) throws ConfigException {
        return (given == null ? new ProcessOptions() : given).configured(global.load().string("db.url"));
    }
}
