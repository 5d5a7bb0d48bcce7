package dev.paperboy.app;

import dev.paperboy.chat.console.SessionClock;
import dev.paperboy.eval.EvalData;
import dev.paperboy.eval.SeededEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperboy eval seeded}: seed a channel with half a CiteULike library and find the other half. */
@Command(name = "seeded", mixinStandardHelpOptions = true,
        description = "Recall@20 and nDCG@20 of a seeded channel's first picks, beside TF-IDF+SVM and MiniLM-centroid baselines.")
final class EvalSeededCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--papers", description = "Default: ${DEFAULT-VALUE}")
    Path papers = Path.of("../shared/data/citeulike-papers.jsonl.gz");

    @Option(names = "--users", description = "Default: ${DEFAULT-VALUE}")
    Path users = Path.of("../shared/data/citeulike-users-dev.jsonl.gz");

    @Option(names = "--modes", split = ",", description = "Ranking modes to run through the planner. Default: ${DEFAULT-VALUE}")
    List<String> modes = new ArrayList<>(List.of("learned", "random"));

    @Option(names = "--seed", description = "Seed of the library splits. Default: ${DEFAULT-VALUE}")
    long seed = 42;

    @Option(names = "--out", description = "Also write the report (Markdown) to this file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        var paperRows = EvalData.read(papers);
        var userRows = EvalData.read(users);
        Config config = global.load().with("db.url", "jdbc:h2:mem:eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SessionClock clock = new SessionClock(Clock.systemUTC());
        long started = System.nanoTime();
        SeededEvaluation.Result result;
        try (Wiring app = Wiring.open(config, clock)) {
            var embeddings = app.embeddings.orElseThrow(() -> new ConfigException("eval seeded needs embed.enabled=true"));
            result = new SeededEvaluation(new WiringBot(app, clock, modes), embeddings::vectors, seed, System.err)
                    .run(paperRows, userRows, modes);
        }
        StringBuilder md = new StringBuilder();
        md.append("Command: `java -jar target/paperboy.jar eval seeded --papers ").append(papers).append(" --users ").append(users)
                .append(" --seed ").append(seed).append("`  \n");
        md.append(String.format(Locale.ROOT, "%d users, %d papers; %.0f s on this machine.%n%n", result.users(), result.papers(),
                (System.nanoTime() - started) / 1e9));
        md.append("| method | recall@20 | nDCG@20 |\n| --- | --- | --- |\n");
        result.means().forEach((k, v) -> md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", k, v[0], v[1])));
        System.out.println(md);
        if (out != null) {
            Files.writeString(out, md.toString());
        }
        return 0;
    }
}
