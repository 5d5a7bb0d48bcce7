package dev.paperboy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a figure was measured on: cores, memory, Java and the load average (the machine is shared with
 * other builds, so the load is part of every figure).
 */
public record Machine(int cores, String memory, String java, String load) {

    public static Machine now() {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemory(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"), currentLoad());
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    public static String currentLoad() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String totalMemory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String line : lines) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: say so rather than guess.
        }
        return "unknown";
    }

    public String describe() {
        return cores + " cores, " + memory + " RAM, " + java + ", load average " + load;
    }
}
