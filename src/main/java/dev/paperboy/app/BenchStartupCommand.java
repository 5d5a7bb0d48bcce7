package dev.paperboy.app;

import dev.paperboy.bench.BenchWorld;
import dev.paperboy.bench.Machine;
import dev.paperboy.bench.ProcessBench;
import dev.paperboy.bench.Timings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench startup}: seconds from {@code java -jar} to ready, on the prepared database, for the bot
 * ({@code run}, ready at its console prompt, after the schedule started) and {@code console --json} (ready when it
 * answers a first command). Baselines: the JVM and jar alone ({@code --version}), and {@code run} on an empty database.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time from process start to ready with the prepared database, beside the JVM alone and an empty database.")
final class BenchStartupCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    BenchProcesses process = new BenchProcesses();

    @Option(names = "--repeat", description = "Starts of each kind; the median is reported. Default: ${DEFAULT-VALUE}")
    int repeat = 5;

    @Override
    public Integer call() throws Exception {
        String problem = process.problem();
        if (problem != null) {
            System.err.println("paperboy: " + problem);
            return 2;
        }
        String index = process.searchIndex(global.load());
        Path copy = process.copy();
        String url = BenchSupport.h2Url(copy, global.load());
        String first = "{\"type\":\"command\",\"at\":\"" + BenchWorld.NOW + "\",\"channel\":\"" + BenchWorld.channelName(0)
                + "\",\"user\":\"u0\",\"text\":\"/papers settings\"}";
        ProcessBench bench = new ProcessBench(process.log());
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        String loadBefore = Machine.currentLoad();
        for (int r = 0; r < repeat; r++) {
            // Interleaved, so a busier moment of the shared machine does not fall on one kind only.
            add(seconds, "JVM and jar alone: `--version` (baseline)", bench.ready(process.java("--version"), Optional.empty(), ProcessBench.ANY_LINE));
            add(seconds, "`run` on an empty database (baseline)", bench.ready(process.java("run", "--set",
                    BenchProcesses.set("db.url", "jdbc:h2:mem:empty"), "--set", "seeds.import-on-first-run=false"), Optional.empty(),
                    ProcessBench.CONSOLE_PROMPT));
            add(seconds, "`run` (the bot) on the prepared database", bench.ready(process.java("run", "--set", BenchProcesses.set("db.url", url), "--set", index),
                    Optional.empty(), ProcessBench.CONSOLE_PROMPT));
            add(seconds, "`console --json` on the prepared database", bench.ready(process.java("console", "--json", "--set",
                    BenchProcesses.set("db.url", url), "--set", index), Optional.of(first), line -> line.contains("\"type\":\"done\"")));
            System.err.println("start-up round " + (r + 1) + " of " + repeat + ": " + seconds);
        }
        StringBuilder out = new StringBuilder(BenchSupport.header("Start-up", "java -jar target/paperboy.jar bench startup --repeat " + repeat
                + (process.jvm.isBlank() ? "" : " --jvm '" + process.jvm + "'")));
        out.append(String.format("%nThe prepared database (%s) is copied first; the first `run` on the copy also creates its 1,000 "
                + "Quartz triggers. The search index of the prepared database is built once beforehand (a bot that has run has one). "
                + "Load average %s before, %s after.%n%n", process.db, loadBefore, Machine.currentLoad()));
        out.append("| start | ready s (median) | runs |\n| --- | --- | --- |\n");
        seconds.forEach((kind, s) -> out.append(String.format("| %s | %.2f | %s |%n", kind, Timings.median(s),
                String.join(", ", s.stream().map(x -> String.format("%.2f", x)).toList()))));
        System.out.println(out);
        return 0;
    }

    private static void add(Map<String, List<Double>> seconds, String kind, double s) {
        seconds.computeIfAbsent(kind, k -> new ArrayList<>()).add(s);
    }
}
