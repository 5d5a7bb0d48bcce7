package dev.paperboy.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code paperboy eval feedback}: learning from reactions, on simulated channels over the arXiv listing stream. */
public final class FeedbackEval {

    /** The command's options. */
    public static final class Options {
        @Option(names = "--data", description = "arXiv listings (JSON lines, .gz). Default: ${DEFAULT-VALUE}")
        Path data = Path.of("../shared/data/arxiv-listings-dev.jsonl.gz");

        @Option(names = "--modes", split = ",", description = "Ranking modes to compare. Default: ${DEFAULT-VALUE}")
        List<String> modes = new ArrayList<>(List.of("learned", "tags-only", "random"));

        @Option(names = "--protocol", description = "design (../shared/DESIGN.md: a dozen rare interests chosen by --seed, 4 members"
                + " reacting with probability 0.6, 5%% flipped votes) or legacy (14 fixed interests, 3 members). Default: ${DEFAULT-VALUE}")
        String protocol = "design";

        @Option(names = "--start-day", description = "Index of the first listing day of the window (5 earlier days give the seeds). Default: ${DEFAULT-VALUE}")
        int startDay = 20;

        @Option(names = "--days", description = "Listing days simulated. Default: ${DEFAULT-VALUE}")
        int days = 30;

        @Option(names = "--scored-from", description = "First day counted in the summary figure. Default: ${DEFAULT-VALUE}")
        int scoredFrom = 11;

        @Option(names = "--subscribe-seed-tags", description = "Channels follow the two tags most common on their seeds (default: no tags, every paper is a candidate).")
        boolean subscribeSeedTags;

        @Option(names = "--bar", description = "off, auto or a probability from 0 to 1: each channel sets `/papers bar` to it and gets"
                + " its daily digest as a scheduled one, held to the bar (default: none, the daily `/papers digest 5`, which shows the best anyway).")
        String bar;

        @Option(names = "--ceiling", description = "Also print two references that are not the bot: the TF-IDF SVM trained per interest"
                + " with the true categories of every listing paper outside the simulated days, and of every paper (in-sample), picking"
                + " 5 a day from the same candidates (how far words alone get on these interests).")
        boolean ceiling;

        @Option(names = "--seed", description = "Seed of the simulation's random choices. Default: ${DEFAULT-VALUE}")
        long seed = 42;

        @Option(names = "--out", description = "Also write the report (Markdown) to this file.")
        Path out;

        String commandLine() {
            return "java -jar target/paperboy.jar eval feedback --data " + data + " --protocol " + protocol + " --start-day " + startDay + " --days " + days
                    + (subscribeSeedTags ? " --subscribe-seed-tags" : "") + (ceiling ? " --ceiling" : "") + (bar == null ? "" : " --bar " + bar)
                    + (modes.equals(List.of("learned", "tags-only", "random")) ? "" : " --modes " + String.join(",", modes)) + " --seed " + seed;
        }
    }

    private FeedbackEval() {
    }

    /** Runs the simulation on {@code app}'s services; prints the report and writes it to {@code --out} if given. */
    public static int run(Options o, BotServices app, PrintStream print) throws Exception {
        FeedbackProtocol.named(o.protocol);
        var rows = EvalData.read(o.data);
        long started = System.nanoTime();
        FeedbackSimulation.Result result = new FeedbackSimulation(new ServicesBot(app, o.modes), o.seed, System.err, o.bar)
                .run(rows, o.modes, FeedbackProtocol.named(o.protocol), o.startDay, o.days, o.scoredFrom, o.subscribeSeedTags);
        FeedbackCeiling.References ceiling = o.ceiling
                ? FeedbackCeiling.run(rows, result.interests(), o.startDay, o.days, o.scoredFrom, o.seed) : null;
        String report = FeedbackReport.markdown(result, ceiling, o.commandLine(), (System.nanoTime() - started) / 1e9);
        print.println(report);
        if (o.out != null) {
            Files.writeString(o.out, report);
        }
        return 0;
    }
}
