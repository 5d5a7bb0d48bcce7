package dev.paperboy.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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

    /**
     * CPU time this process has used, all threads, in nanoseconds (-1 where the JVM cannot say). Unlike a rate,
     * CPU per paper barely moves when other processes share the cores, so it is the figure to compare under load.
     */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
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
