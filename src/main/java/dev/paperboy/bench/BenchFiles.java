package dev.paperboy.bench;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmarks share: where the prepared database lies, its H2 URL, its channels, a report's header. */
public final class BenchFiles {

    /** Where {@code bench prepare} puts its database unless told otherwise. */
    public static final String WORLD = "target/bench/world";

    private static final Pattern FILE_SYSTEM = Pattern.compile("^jdbc:h2:((?:[a-zA-Z]+:)*)");

    private BenchFiles() {
    }

    /**
     * An H2 file URL for a database named by its path without {@code .mv.db}, with the settings of the configured
     * H2 URL (what follows its first {@code ;}, such as the cache size), so a benchmark measures the bot's settings.
     */
    public static String h2Url(Path base, String configured) {
        int settings = configured.indexOf(';');
        String options = configured.startsWith("jdbc:h2:") && settings >= 0 ? configured.substring(settings) : "";
        // The configured file system (file:, retry:, …), so a benchmark opens its file as the bot opens its own.
        Matcher fs = FILE_SYSTEM.matcher(configured);
        String files = fs.find() && !fs.group(1).isEmpty() && !fs.group(1).startsWith("mem:") && !fs.group(1).startsWith("tcp:")
                ? fs.group(1) : "file:";
        return "jdbc:h2:" + files + base.toAbsolutePath() + options;
    }

    public static Path mvDb(Path base) {
        return Path.of(base + ".mv.db");
    }

    /** The path without {@code .mv.db} of a database file. */
    public static Path base(Path mvDb) {
        return Path.of(mvDb.toString().replaceFirst("\\.mv\\.db$", ""));
    }

    /** The channels {@code bench prepare} made, in name order. */
    public static List<Channel> worldChannels(ChannelStore channels) {
        return channels.all().stream()
                .filter(c -> c.ref().platform().equals(BenchWorld.PLATFORM) && c.ref().channel().startsWith(BenchWorld.PREFIX))
                .sorted(Comparator.comparing(c -> c.ref().channel()))
                .toList();
    }

    public static String header(String figure, String command) {
        return "## " + figure + "\n\nCommand: `" + command + "`  \nMachine: " + Machine.now().describe() + "\n";
    }
}
