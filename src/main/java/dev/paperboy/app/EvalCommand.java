package dev.paperboy.app;

import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.eval.FeedbackEval;
import dev.paperboy.eval.SearchEvaluation;
import dev.paperboy.eval.SeededEval;
import dev.paperboy.eval.SummariesEval;
import dev.paperboy.eval.TaggingEvaluation;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code paperboy eval <what>}: quality measured on evaluation data given by path. Each measurement is a
 * subcommand here that reads its options and calls its harness in {@code eval}; each prints its numbers and can
 * write them to a file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on evaluation data.")
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "feedback", mixinStandardHelpOptions = true,
            description = "Precision@5 per day of simulated channels that react to their digests, for each ranking mode in one run.")
    int feedback(@Mixin GlobalOptions global, @Mixin FeedbackEval.Options o) throws Exception {
        return HarnessWiring.run(HarnessWiring.inMemory(global.load()), Optional.empty(), h -> FeedbackEval.run(o, h, System.out));
    }

    @Command(name = "seeded", mixinStandardHelpOptions = true,
            description = "Recall@20 and nDCG@20 of a seeded channel's first picks, beside TF-IDF+SVM and MiniLM-centroid baselines.")
    int seeded(@Mixin GlobalOptions global, @Mixin SeededEval.Options o) throws Exception {
        return HarnessWiring.run(HarnessWiring.inMemory(global.load()), Optional.empty(), h -> SeededEval.run(o, h, System.out));
    }

    @Command(name = "summaries", mixinStandardHelpOptions = true,
            description = "Measure how often summaries cover the labelled idea or result sentence, against baselines.")
    int summaries(@Mixin GlobalOptions global, @Mixin SummariesEval.Options o) throws Exception {
        return SummariesEval.run(o, SummaryWiring.maxChars(global.load()), global.sets, System.out);
    }

    @Command(name = "tagging", mixinStandardHelpOptions = true,
            description = "Tagger vs keyword baseline: P/R/F1 against authors' keywords (ICLR 2021) and a curated digest.")
    int tagging(@Mixin GlobalOptions global, @Mixin TaggingEvaluation.Options o) throws Exception {
        Config config = global.load();
        if (o.tags().isPresent()) {
            config = config.with("tags.file", o.tags().get().toString());
        }
        return TaggingEvaluation.run(o, new TaggingEvaluation.Setup(Settings.loadVocabulary(config), Settings.builtInVocabulary(),
                new MiniLmEmbedder(config.integer("embed.threads")), config.decimal("tags.keyword-threshold"), config.decimal("tags.threshold"),
                Path.of(config.string("seeds.dir")), new PaperFiles(new JsonPapers(Json.mapper()))), System.out);
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Compare search rankings (BM25, meaning, fusions) on papers described in other words and by title words.")
    int search(@Mixin GlobalOptions global, @Mixin SearchEvaluation.Options o) throws Exception {
        return SearchEvaluation.run(o, BenchCommand.searchTools(global.load()), System.out);
    }
}
