package dev.paperboy.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench memory}: resident memory of the real jar ({@code console --json}) on the prepared database,
 * at ready and after digests in many channels with reactions to every paper; beside the same process on an empty
 * database, the floor of the JVM and its libraries.
 */
public final class MemoryBenchmark {

    /** The command's own options (the process ones are {@link ProcessOptions}). */
    public static final class Options {
        @Option(names = "--digests", description = "Channels that ask for a digest (each paper then gets a 👍). Default: ${DEFAULT-VALUE}")
        int digests = 100;

        @Option(names = "--repeat", description = "Processes measured; the median is reported. Default: ${DEFAULT-VALUE}")
        int repeat = 1;
    }

    private MemoryBenchmark() {
    }

    public static int run(Options o, ProcessOptions process, PrintStream out) throws Exception {
        String problem = process.problem();
        if (problem != null) {
            System.err.println("paperboy: " + problem);
            return 2;
        }
        ProcessBench bench = new ProcessBench(process.log());
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < o.digests; i++) {
            channels.add(BenchWorld.channelName(i));
        }
        String at = BenchWorld.NOW.toString();
        List<ProcessBench.Memory> empty = new ArrayList<>();
        List<ProcessBench.Memory> loaded = new ArrayList<>();
        String loadBefore = Machine.currentLoad();
        String index = process.searchIndex();
        for (int r = 0; r < o.repeat; r++) {
            empty.add(bench.memory(process.java("console", "--json", "--set", "db.url=jdbc:h2:mem:empty"), List.of("nobody"), at));
            String url = process.copyUrl();
            loaded.add(bench.memory(process.java("console", "--json", "--set", ProcessOptions.set("db.url", url), "--set", index), channels, at));
            System.err.println("memory run " + (r + 1) + ": " + loaded.get(r));
        }
        ProcessBench.Memory e = median(empty);
        ProcessBench.Memory m = median(loaded);
        StringBuilder report = new StringBuilder(BenchFiles.header("Memory", "java -jar target/paperboy.jar bench memory --digests " + o.digests
                + " --repeat " + o.repeat + (process.jvm.isBlank() ? "" : " --jvm '" + process.jvm + "'")));
        report.append(String.format("%n`java %s-jar target/paperboy.jar console --json` on a copy of %s; RSS and its peak (VmHWM) from "
                + "/proc/<pid>/status; heap in use after a full GC from `jcmd <pid> GC.heap_info`. Load average %s before, %s after.%n%n",
                process.jvm.isBlank() ? "" : process.jvm + " ", process.db, loadBefore, Machine.currentLoad()));
        report.append("| process | RSS at ready MB | RSS after workload MB | peak RSS MB | heap after full GC MB | workload |\n");
        report.append("| --- | --- | --- | --- | --- | --- |\n");
        report.append(row("empty database (baseline)", e, "one command"));
        report.append(row("prepared database", m, String.format("%d digests (%d papers) and %d reactions in %.0f s", m.digests(), m.papers(),
                m.reactions(), m.workloadSeconds())));
        out.println(report);
        return 0;
    }

    private static String row(String name, ProcessBench.Memory m, String workload) {
        return String.format("| %s | %.0f | %.0f | %.0f | %.0f | %s |%n", name, m.rssAtReadyKb() / 1024.0, m.rssAfterKb() / 1024.0,
                m.peakKb() / 1024.0, m.heapAfterGcKb() / 1024.0, workload);
    }

    private static ProcessBench.Memory median(List<ProcessBench.Memory> runs) {
        List<ProcessBench.Memory> sorted = runs.stream().sorted(java.util.Comparator.comparingLong(ProcessBench.Memory::peakKb)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
