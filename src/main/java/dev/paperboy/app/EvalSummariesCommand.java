package dev.paperboy.app;

import dev.paperboy.eval.LabelledAbstract;
import dev.paperboy.eval.SummaryBaselines;
import dev.paperboy.eval.SummaryEval;
import dev.paperboy.eval.SummaryReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperboy eval summaries [DATA]}: how often the extractive summary is the sentence people labelled as
 * the paper's idea or result, next to the first-sentence baseline of the same run. Prints the table and writes it
 * into docs/SUMMARIES.md. Reads the data where it lies; never copies it.
 */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = "Measure how often summaries cover the labelled idea or result sentence, against baselines.")
final class EvalSummariesCommand implements Callable<Integer> {

    static final String DEFAULT_DATA = "../shared/data/abstract-sentences-dev.jsonl.gz";

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATA", defaultValue = DEFAULT_DATA,
            description = "Labelled abstracts, JSON lines (.gz too): id, abstract, spans[{start,end,label}]. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--doc", paramLabel = "FILE", defaultValue = "docs/SUMMARIES.md",
            description = "Markdown file whose generated block gets the numbers (default: ${DEFAULT-VALUE}).")
    Path doc;

    @Option(names = "--no-doc", description = "Only print the numbers.")
    boolean noDoc;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        if (!Files.isReadable(data)) {
            System.err.println("paperboy: cannot read " + data + " (give the labelled abstracts' path as the argument)");
            return 2;
        }
        int maxChars = SummaryWiring.maxChars(config);
        LabelledAbstract.Data labelled = LabelledAbstract.read(data);
        SummaryEval.Result result = SummaryEval.run(labelled, SummaryBaselines.methods(maxChars), seed);
        StringBuilder command = new StringBuilder("java -jar target/paperboy.jar eval summaries ").append(data);
        global.sets.forEach(s -> command.append(" --set ").append(s));
        String report = SummaryReport.markdown(result, command.toString(), data.getFileName().toString(), maxChars);
        System.out.println(report);
        if (!noDoc) {
            DocBlock.write(doc, "paperboy eval summaries", "Summaries", report);
            System.out.println("Written to " + doc);
        }
        return 0;
    }
}
