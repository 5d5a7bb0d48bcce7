package dev.paperboy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Option;

/** Options and command lines shared by the benchmarks that measure the real jar in a child process. */
public final class ProcessOptions {

    @Option(names = "--db", defaultValue = BenchFiles.WORLD, description = "The database of bench prepare (path without .mv.db); a copy is used. Default: ${DEFAULT-VALUE}")
    Path db = Path.of(BenchFiles.WORLD);

    @Option(names = "--jar", defaultValue = "target/paperboy.jar", description = "The jar to start. Default: ${DEFAULT-VALUE}")
    Path jar = Path.of("target/paperboy.jar");

    @Option(names = "--jvm", defaultValue = "", description = "JVM options of the measured process, space separated (default: none, as `java -jar` runs).")
    String jvm = "";

    @Option(names = "--work", defaultValue = "target/bench/process", description = "Folder for the database copy and the child's log. Default: ${DEFAULT-VALUE}")
    Path work = Path.of("target/bench/process");

    /** The configured {@code db.url}, whose settings the copies get. */
    private String configuredUrl = "jdbc:h2:file:";

    /** Checks the inputs exist; returns a sentence saying what is missing, or null. */
    String problem() {
        if (!Files.isReadable(jar)) {
            return "no jar at " + jar + "; build it with mvn -B -q package -DskipTests";
        }
        if (!Files.exists(BenchFiles.mvDb(db))) {
            return "no benchmark database at " + BenchFiles.mvDb(db) + "; run `paperboy bench prepare` first";
        }
        return null;
    }

    /** The configured {@code db.url}: its settings (cache size, file system) go to every copy's URL. */
    public ProcessOptions configured(String url) {
        this.configuredUrl = url;
        return this;
    }

    /** The H2 URL of a fresh copy of the prepared database. */
    String copyUrl() throws IOException {
        Path dir = work.resolve(UUID.randomUUID().toString().substring(0, 8));
        return BenchFiles.h2Url(BenchFiles.base(ProcessBench.copyDatabase(BenchFiles.mvDb(db), dir)), configuredUrl);
    }

    /**
     * The {@code --set} of a search index of the prepared database, built once into the work folder: a process
     * whose index is missing rebuilds it in the background (minutes for 100,000 papers), which a bot that has been
     * running has long done, so it must not fall inside a start-up or memory measurement.
     */
    String searchIndex() throws IOException, InterruptedException {
        Path index = work.resolve("index-" + db.getFileName() + "-" + Files.size(BenchFiles.mvDb(db)));
        Path done = work.resolve(index.getFileName() + ".built");
        if (!Files.exists(done)) {
            String url = copyUrl();
            System.err.println("building the search index of " + db + " once, into " + index + " (minutes)");
            Process p = new ProcessBuilder(java("search", "--rebuild", "--set", set("db.url", url),
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
