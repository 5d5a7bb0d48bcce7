package dev.paperboy.app;

import dev.paperboy.chat.console.SessionClock;
import dev.paperboy.eval.EvalData;
import dev.paperboy.eval.FeedbackSimulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperboy eval feedback}: learning from reactions, on simulated channels over the arXiv listing stream. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = "Precision@5 per day of simulated channels that react to their digests, for each ranking mode in one run.")
final class EvalFeedbackCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--data", description = "arXiv listings (JSON lines, .gz). Default: ${DEFAULT-VALUE}")
    Path data = Path.of("../shared/data/arxiv-listings-dev.jsonl.gz");

    @Option(names = "--modes", split = ",", description = "Ranking modes to compare. Default: ${DEFAULT-VALUE}")
    List<String> modes = new ArrayList<>(List.of("learned", "tags-only", "random"));

    @Option(names = "--start-day", description = "Index of the first listing day of the window (5 earlier days give the seeds). Default: ${DEFAULT-VALUE}")
    int startDay = 20;

    @Option(names = "--days", description = "Listing days simulated. Default: ${DEFAULT-VALUE}")
    int days = 30;

    @Option(names = "--scored-from", description = "First day counted in the summary figure. Default: ${DEFAULT-VALUE}")
    int scoredFrom = 11;

    @Option(names = "--subscribe-seed-tags", description = "Channels follow the two tags most common on their seeds (default: no tags, every paper is a candidate).")
    boolean subscribeSeedTags;

    @Option(names = "--seed", description = "Seed of the simulation's random choices. Default: ${DEFAULT-VALUE}")
    long seed = 42;

    @Option(names = "--out", description = "Also write the report (Markdown) to this file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        var rows = EvalData.read(data);
        Config config = global.load().with("db.url", "jdbc:h2:mem:eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SessionClock clock = new SessionClock(Clock.systemUTC());
        long started = System.nanoTime();
        FeedbackSimulation.Result result;
        try (Wiring app = Wiring.open(config, clock)) {
            WiringBot bot = new WiringBot(app, clock, modes);
            result = new FeedbackSimulation(bot, seed, System.err)
                    .run(rows, modes, FeedbackSimulation.DEFAULT_INTERESTS, startDay, days, scoredFrom, subscribeSeedTags);
        }
        String report = EvalReports.feedback(result, commandLine(), (System.nanoTime() - started) / 1e9);
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report);
        }
        return 0;
    }

    private String commandLine() {
        return "java -jar target/paperboy.jar eval feedback --data " + data + " --start-day " + startDay + " --days " + days
                + (subscribeSeedTags ? " --subscribe-seed-tags" : "") + " --seed " + seed;
    }

}
