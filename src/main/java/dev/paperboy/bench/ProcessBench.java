package dev.paperboy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time and resident memory of the real jar: a child process is started as a user would start it, and
 * measured from outside. Ready means it answers: for the bot ({@code run}) the console prompt, printed once the
 * schedule has started; for {@code console --json} the answer to a first command sent at once.
 */
public final class ProcessBench {

    /** Memory of one process: at ready, after the workload, at its peak, and the heap in use after a full GC. */
    public record Memory(double readySeconds, long rssAtReadyKb, long rssAfterKb, long peakKb, long heapAfterGcKb, int digests,
                         int papers, int reactions, double workloadSeconds) {
    }

    public static final Predicate<String> CONSOLE_PROMPT = line -> line.startsWith("Type /papers help");
    public static final Predicate<String> ANY_LINE = line -> true;
    private static final Pattern PAPER_MESSAGE = Pattern.compile("\"id\":\"(m\\d+)\".*\"kind\":\"paper\"");
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final Path log;

    public ProcessBench(Path log) {
        this.log = log;
    }

    /** Seconds from start until a line that matches {@code ready}, sending {@code first} (if any) at once. */
    public double ready(List<String> command, Optional<String> first, Predicate<String> ready) throws IOException, InterruptedException {
        try (ChildProcess child = ChildProcess.start(command, log)) {
            if (first.isPresent()) {
                child.send(first.get());
            }
            child.await(ready, PATIENCE).orElseThrow(() -> new IOException("the process ended or hung before it was ready; see " + log));
            return child.secondsSinceStart();
        }
    }

    /**
     * Starts {@code console --json}, waits for its first answer, then asks a digest in each of {@code channels} and
     * reacts to every paper posted, as members would; the memory is read before, during and after.
     */
    public Memory memory(List<String> command, List<String> channels, String at) throws IOException, InterruptedException {
        try (ChildProcess child = ChildProcess.start(command, log)) {
            int seq = 0;
            child.send(command("u0", channels.get(0), "/papers settings", at));
            awaitDone(child, ++seq);
            double ready = child.secondsSinceStart();
            long atReady = child.statusKb("VmRSS");
            long t0 = System.nanoTime();
            int papers = 0;
            int reactions = 0;
            for (String channel : channels) {
                child.send(command("u0", channel, "/papers digest", null));
                List<String> posted = new ArrayList<>();
                for (String line : awaitDone(child, ++seq)) {
                    Matcher m = PAPER_MESSAGE.matcher(line);
                    if (m.find()) {
                        posted.add(m.group(1));
                    }
                }
                papers += posted.size();
                for (String message : posted) {
                    child.send("{\"type\":\"reaction\",\"channel\":\"" + channel + "\",\"user\":\"member1\",\"message\":\"" + message
                            + "\",\"emoji\":\"+1\"}");
                    awaitDone(child, ++seq);
                    reactions++;
                }
            }
            double workload = Timings.seconds(t0);
            long after = child.statusKb("VmRSS");
            long peak = child.statusKb("VmHWM");
            long heap = heapAfterFullGc(child.pid());
            return new Memory(ready, atReady, after, peak, heap, channels.size(), papers, reactions, workload);
        }
    }

    private static String command(String user, String channel, String text, String at) {
        return "{\"type\":\"command\"" + (at == null ? "" : ",\"at\":\"" + at + "\"") + ",\"channel\":\"" + channel + "\",\"user\":\""
                + user + "\",\"text\":\"" + text + "\"}";
    }

    /** The lines up to and including {@code {"type":"done","seq":seq}}. */
    private static List<String> awaitDone(ChildProcess child, int seq) throws IOException, InterruptedException {
        List<String> seen = new ArrayList<>();
        String done = "\"seq\":" + seq + "}";
        Optional<String> line = child.await(l -> {
            seen.add(l);
            return l.contains("\"type\":\"done\"") && l.endsWith(done);
        }, PATIENCE);
        if (line.isEmpty()) {
            throw new IOException("the console stopped answering at line " + seq);
        }
        return seen;
    }

    /** Asks the JVM for a full collection, then reads how much heap is in use (kB), or -1 when jcmd cannot tell. */
    static long heapAfterFullGc(long pid) throws InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            run(List.of(jcmd, Long.toString(pid), "GC.run"));
            Matcher m = Pattern.compile("used (\\d+)K").matcher(run(List.of(jcmd, Long.toString(pid), "GC.heap_info")));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A copy of an H2 database file, so a benchmark that writes leaves the prepared one as it was. */
    public static Path copyDatabase(Path mvDb, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path copy = dir.resolve(mvDb.getFileName());
        Files.copy(mvDb, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }
}
