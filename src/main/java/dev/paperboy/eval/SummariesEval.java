package dev.paperboy.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
        long seed;
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
        SummaryEval.Result result = SummaryEval.run(labelled, SummaryBaselines.methods(maxChars), o.seed);
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
}
