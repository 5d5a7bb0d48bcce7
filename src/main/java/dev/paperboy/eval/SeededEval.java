package dev.paperboy.eval;

import dev.paperboy.embed.EmbeddingService;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code paperboy eval seeded}: seed a channel with half a CiteULike library and find the other half. */
public final class SeededEval {

    /** The command's options. */
    public static final class Options {
        @Option(names = "--papers", description = "Default: ${DEFAULT-VALUE}")
        Path papers = Path.of("../shared/data/citeulike-papers.jsonl.gz");

        @Option(names = "--users", description = "Default: ${DEFAULT-VALUE}")
        Path users = Path.of("../shared/data/citeulike-users-dev.jsonl.gz");

        @Option(names = "--modes", split = ",", description = "Ranking modes to run through the planner. Default: ${DEFAULT-VALUE}")
        List<String> modes = new ArrayList<>(List.of("learned", "tags-only", "random"));

        @Option(names = "--seed", description = "Seed of the library splits. Default: ${DEFAULT-VALUE}")
        long seed = 42;

        @Option(names = "--out", description = "Also write the report (Markdown) to this file.")
        Path out;
    }

    private SeededEval() {
    }

    public static int run(Options o, BotServices app, PrintStream print) throws Exception {
        var paperRows = EvalData.read(o.papers);
        var userRows = EvalData.read(o.users);
        EmbeddingService embeddings = app.embeddings().orElse(null);
        if (embeddings == null) {
            System.err.println("paperboy: eval seeded needs embed.enabled=true");
            return 2;
        }
        long started = System.nanoTime();
        SeededEvaluation.Result result = new SeededEvaluation(new ServicesBot(app, o.modes), embeddings::vectors, o.seed, System.err)
                .run(paperRows, userRows, o.modes);
        StringBuilder md = new StringBuilder();
        md.append("Command: `java -jar target/paperboy.jar eval seeded --papers ").append(o.papers).append(" --users ").append(o.users)
                .append(" --seed ").append(o.seed).append("`  \n");
        md.append(String.format(Locale.ROOT, "%d users, %d papers; seeds through `/papers seed`, picks through `/papers digest %d`;"
                + " %d seed commands refused; %.0f s on this machine.%n%n", result.users(), result.papers(), SeededEvaluation.K,
                result.refusedSeeds().size(), (System.nanoTime() - started) / 1e9));
        md.append("| method | recall@20 | nDCG@20 |\n| --- | --- | --- |\n");
        result.means().forEach((k, v) -> md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", k, v[0], v[1])));
        print.println(md);
        if (o.out != null) {
            Files.writeString(o.out, md.toString());
        }
        return 0;
    }
}
