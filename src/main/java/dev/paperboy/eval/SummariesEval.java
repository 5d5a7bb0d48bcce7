package dev.paperboy.eval;

import dev.paperboy.summary.ExtractiveSummarizer;
import dev.paperboy.summary.SentenceModel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperboy eval summaries [DATA]}: how often the extractive summary is the sentence people labelled as
 * the paper's idea or result, next to the first-sentence baseline of the same run. Prints the table, and writes it
 * to {@code --out} when given. Reads the data where it lies; never copies it.
 */
public final class SummariesEval {

    static final String DEFAULT_DATA = "../shared/data/abstract-sentences-dev.jsonl.gz";

    /** The command's options. */
    public static final class Options {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DATA", defaultValue = DEFAULT_DATA,
                description = "Labelled abstracts, JSON lines (.gz too): id, abstract, spans[{start,end,label}]. Default: ${DEFAULT-VALUE}.")
        Path data;

        @Option(names = {"--out", "--doc"}, paramLabel = "FILE", description = "Also write the report (Markdown) to this file.")
        Path out;

        /** Kept so older command lines still run: nothing is written unless --out is given. */
        @Option(names = "--no-doc", hidden = true)
        boolean noDoc;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the bootstrap resampling and of the folds (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--fit", description = "Also fit the sentence model on DATA and print its weights as SentenceModel's constants.")
        boolean fit;
    }

    private SummariesEval() {
    }

    /** {@code sets} are the {@code --set} overrides of the run, so the printed command reproduces it. */
    public static int run(Options o, int maxChars, Iterable<String> sets, PrintStream print) throws Exception {
        if (!Files.isReadable(o.data)) {
            System.err.println("paperboy: cannot read " + o.data + " (give the labelled abstracts' path as the argument)");
            return 2;
        }
        LabelledAbstract.Data labelled = LabelledAbstract.read(o.data);
        if (o.fit) {
            print.println("Sentence model fitted on " + o.data.getFileName() + " (L2 " + SummaryModelFit.L2 + "), for SentenceModel.java:");
            print.println(SummaryModelFit.javaConstants(SummaryModelFit.fit(SummaryModelFit.usable(labelled.abstracts()))));
            print.println();
        }
        List<SummaryEval.Method> methods = new ArrayList<>(SummaryBaselines.methods(maxChars));
        if (SummaryModelFit.usable(labelled.abstracts()).size() >= SummaryModelFit.MIN_TO_CROSS_VALIDATE) {
            methods.add(crossValidated(labelled, maxChars, o.seed));
        }
        SummaryEval.Result result = SummaryEval.run(labelled, methods, o.seed);
        StringBuilder command = new StringBuilder("java -jar target/paperboy.jar eval summaries ").append(o.data);
        sets.forEach(s -> command.append(" --set ").append(s));
        String report = SummaryReport.markdown(result, command.toString(), o.data.getFileName().toString(), maxChars);
        print.println(report);
        if (o.out != null && !o.noDoc) {
            Files.writeString(o.out, report);
            print.println("Written to " + o.out);
        }
        return 0;
    }

    /**
     * The extractive summarizer with the sentence model refitted on this file, each abstract scored by the model of
     * the folds it was not in: on the data the shipped model was fitted on, the figure to trust beside the shipped row.
     */
    private static SummaryEval.Method crossValidated(LabelledAbstract.Data labelled, int maxChars, long seed) {
        Map<LabelledAbstract, SentenceModel> models = SummaryModelFit.crossValidated(SummaryModelFit.usable(labelled.abstracts()), seed);
        Map<String, ExtractiveSummarizer> byText = new HashMap<>();
        models.forEach((a, m) -> byText.put(a.text(), new ExtractiveSummarizer(maxChars, m)));
        return new SummaryEval.Method("extractive, model refitted here, " + SummaryModelFit.FOLDS + "-fold cross-validated",
                text -> byText.get(text).extract(text));
    }
}
