package dev.paperboy.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Paperboy process started as a user starts it ({@code java -jar …}), talked to over stdin/stdout, and measured
 * from outside: time since its start, and its resident memory as Linux reports it in {@code /proc/<pid>/status}.
 */
public final class ChildProcess implements AutoCloseable {

    private static final String EOF = "\u0000eof";

    private final Process process;
    private final long startedNanos;
    private final BufferedWriter in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended; EOF below says so.
            }
            lines.add(EOF);
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command}; its stderr (the logs) goes to {@code log}. */
    public static ChildProcess start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Without chat tokens the bot runs the console, which is what is measured.
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
        long t0 = System.nanoTime();
        return new ChildProcess(builder.start(), t0);
    }

    public double secondsSinceStart() {
        return Timings.seconds(startedNanos);
    }

    public long pid() {
        return process.pid();
    }

    public void send(String line) throws IOException {
        in.write(line);
        in.newLine();
        in.flush();
    }

    /** Ends its input (the console then quits). */
    public void closeInput() throws IOException {
        in.close();
    }

    /** The next output line that matches, or empty when the process ended or {@code timeout} passed first. */
    public Optional<String> await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                if (line != null) {
                    lines.add(EOF);
                }
                return Optional.empty();
            }
            if (wanted.test(line)) {
                return Optional.of(line);
            }
        }
    }

    /** Output lines that arrived so far, without waiting. */
    public List<String> drain() {
        List<String> out = new java.util.ArrayList<>();
        lines.drainTo(out);
        if (out.remove(EOF)) {
            lines.add(EOF);
        }
        return out;
    }

    /** A field of {@code /proc/<pid>/status} in kB (VmRSS: resident now; VmHWM: the most it was), or -1. */
    public long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Waits for the process to end by itself, then stops it. */
    @Override
    public void close() throws InterruptedException {
        try {
            in.close();
        } catch (IOException e) {
            // Already closed.
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
