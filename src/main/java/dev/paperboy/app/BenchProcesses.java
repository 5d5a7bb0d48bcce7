package dev.paperboy.app;

import dev.paperboy.bench.ProcessBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Option;

/** Options and command lines shared by the benchmarks that measure the real jar in a child process. */
final class BenchProcesses {

    @Option(names = "--db", description = "The database of bench prepare (path without .mv.db); a copy is used. Default: ${DEFAULT-VALUE}")
    Path db = Path.of(BenchSupport.WORLD);

    @Option(names = "--jar", description = "The jar to start. Default: ${DEFAULT-VALUE}")
    Path jar = Path.of("target/paperboy.jar");

    @Option(names = "--jvm", description = "JVM options of the measured process, space separated (default: none, as `java -jar` runs).")
    String jvm = "";

    @Option(names = "--work", description = "Folder for the database copy and the child's log. Default: ${DEFAULT-VALUE}")
    Path work = Path.of("target/bench/process");

    /** Checks the inputs exist; returns a sentence saying what is missing, or null. */
    String problem() {
        if (!Files.isReadable(jar)) {
            return "no jar at " + jar + "; build it with mvn -B -q package -DskipTests";
        }
        if (!Files.exists(BenchSupport.mvDb(db))) {
            return "no benchmark database at " + BenchSupport.mvDb(db) + "; run `paperboy bench prepare` first";
        }
        return null;
    }

    /** A fresh copy of the prepared database; returns its base path (without .mv.db). */
    Path copy() throws IOException {
        Path dir = work.resolve(UUID.randomUUID().toString().substring(0, 8));
        Path file = ProcessBench.copyDatabase(BenchSupport.mvDb(db), dir);
        return Path.of(file.toString().replaceFirst("\\.mv\\.db$", ""));
    }

    /**
     * The {@code --set} of a search index of the prepared database, built once into the work folder: a process
     * whose index is missing rebuilds it in the background (minutes for 100,000 papers), which a bot that has been
     * running has long done, so it must not fall inside a start-up or memory measurement.
     */
    String searchIndex(Config config) throws IOException, InterruptedException {
        Path index = work.resolve("index-" + db.getFileName() + "-" + Files.size(BenchSupport.mvDb(db)));
        Path done = work.resolve(index.getFileName() + ".built");
        if (!Files.exists(done)) {
            Path copy = copy();
            System.err.println("building the search index of " + db + " once, into " + index + " (minutes)");
            Process p = new ProcessBuilder(java("search", "--rebuild", "--set", set("db.url", BenchSupport.h2Url(copy, config)),
                    "--set", set("search.index-dir", index.toString())))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
            if (p.waitFor() != 0) {
                throw new IOException("building the search index failed; see " + log());
            }
            Files.writeString(done, index.toString());
        }
        return set("search.index-dir", index.toString());
    }

    Path log() throws IOException {
        Files.createDirectories(work);
        return work.resolve("child.log");
    }

    /** {@code java [jvm options] -jar <jar> <args>}. */
    List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!jvm.isBlank()) {
            command.addAll(Arrays.asList(jvm.strip().split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return command;
    }

    static String set(String key, String value) {
        return key + "=" + value;
    }
}
