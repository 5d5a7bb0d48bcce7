package dev.paperboy.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench startup}: seconds from {@code java -jar} to ready, on the prepared database, for the bot
 * ({@code run}, ready at its console prompt, after the schedule started) and {@code console --json} (ready when it
 * answers a first command). Baselines: the JVM and jar alone ({@code --version}), and {@code run} on an empty database.
 */
public final class StartupBenchmark {

    /** The command's own options (the process ones are {@link ProcessOptions}). */
    public static final class Options {
        @Option(names = "--repeat", description = "Starts of each kind; the median is reported. Default: ${DEFAULT-VALUE}")
        int repeat = 5;
    }

    private StartupBenchmark() {
    }

    public static int run(Options o, ProcessOptions process, PrintStream out) throws Exception {
        String problem = process.problem();
        if (problem != null) {
            System.err.println("paperboy: " + problem);
            return 2;
        }
        String index = process.searchIndex();
        String url = process.copyUrl();
        String first = "{\"type\":\"command\",\"at\":\"" + BenchWorld.NOW + "\",\"channel\":\"" + BenchWorld.channelName(0)
                + "\",\"user\":\"u0\",\"text\":\"/papers settings\"}";
        ProcessBench bench = new ProcessBench(process.log());
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        String loadBefore = Machine.currentLoad();
        for (int r = 0; r < o.repeat; r++) {
            // Interleaved, so a busier moment of the shared machine does not fall on one kind only.
            add(seconds, "JVM and jar alone: `--version` (baseline)", bench.ready(process.java("--version"), Optional.empty(), ProcessBench.ANY_LINE));
            add(seconds, "`run` on an empty database (baseline)", bench.ready(process.java("run", "--set",
                    ProcessOptions.set("db.url", "jdbc:h2:mem:empty"), "--set", "seeds.import-on-first-run=false"), Optional.empty(),
                    ProcessBench.CONSOLE_PROMPT));
            add(seconds, "`run` (the bot) on the prepared database", bench.ready(process.java("run", "--set", ProcessOptions.set("db.url", url), "--set", index),
                    Optional.empty(), ProcessBench.CONSOLE_PROMPT));
            add(seconds, "`console --json` on the prepared database", bench.ready(process.java("console", "--json", "--set",
                    ProcessOptions.set("db.url", url), "--set", index), Optional.of(first), line -> line.contains("\"type\":\"done\"")));
            System.err.println("start-up round " + (r + 1) + " of " + o.repeat + ": " + seconds);
        }
        StringBuilder report = new StringBuilder(BenchFiles.header("Start-up", "java -jar target/paperboy.jar bench startup --repeat " + o.repeat
                + (process.jvm.isBlank() ? "" : " --jvm '" + process.jvm + "'")));
        report.append(String.format("%nThe prepared database (%s) is copied first; the first `run` on the copy also creates its 1,000 "
                + "Quartz triggers. The search index of the prepared database is built once beforehand (a bot that has run has one). "
                + "Load average %s before, %s after.%n%n", process.db, loadBefore, Machine.currentLoad()));
        report.append("| start | ready s (median) | runs |\n| --- | --- | --- |\n");
        seconds.forEach((kind, s) -> report.append(String.format("| %s | %.2f | %s |%n", kind, Timings.median(s),
                String.join(", ", s.stream().map(x -> String.format("%.2f", x)).toList()))));
        out.println(report);
        return 0;
    }

    private static void add(Map<String, List<Double>> seconds, String kind, double s) {
        seconds.computeIfAbsent(kind, k -> new ArrayList<>()).add(s);
    }
}
