package dev.paperboy.app;

import dev.paperboy.bench.BenchServices;
import dev.paperboy.bench.BenchWorld;
import dev.paperboy.bench.Machine;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.chat.console.ConsoleSession;
import dev.paperboy.chat.console.SessionClock;
import dev.paperboy.feedback.EmojiMeanings;
import dev.paperboy.store.JdbcEmbeddingStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** What the {@code bench} commands share: database paths, the services on a wiring, the report's header. */
final class BenchSupport {

    /** Where {@code bench prepare} puts its database unless told otherwise. */
    static final String WORLD = "target/bench/world";

    private BenchSupport() {
    }

    /**
     * An H2 file URL for a database named by its path without {@code .mv.db}, with the settings of the configured
     * H2 URL (what follows its first {@code ;}, such as the cache size), so a benchmark measures the bot's settings.
     */
    static String h2Url(Path base, Config config) {
        String configured = config.string("db.url");
        int settings = configured.indexOf(';');
        String options = configured.startsWith("jdbc:h2:") && settings >= 0 ? configured.substring(settings) : "";
        // The configured file system (file:, retry:, …), so a benchmark opens its file as the bot opens its own.
        java.util.regex.Matcher fs = java.util.regex.Pattern.compile("^jdbc:h2:((?:[a-zA-Z]+:)*)").matcher(configured);
        String files = fs.find() && !fs.group(1).isEmpty() && !fs.group(1).startsWith("mem:") && !fs.group(1).startsWith("tcp:")
                ? fs.group(1) : "file:";
        return "jdbc:h2:" + files + base.toAbsolutePath() + options;
    }

    static Path mvDb(Path base) {
        return Path.of(base + ".mv.db");
    }

    /** The real services of a wiring, for the harnesses; the reaction service is the one chat adapters get. */
    static BenchServices services(Wiring app, SessionClock clock) {
        return new BenchServices(app.ingest, app.papers, app.tags, app.channels, app.deliveries, app.feedback,
                new ReactionService(app.deliveries, app.feedback, clock),
                app.embeddings,
                new JdbcEmbeddingStore(app.database.dataSource()), app.channelDefaults, clock::advanceTo);
    }

    static EmojiMeanings meanings(Config config) throws ConfigException {
        return new EmojiMeanings(config.list("feedback.positive"), config.list("feedback.negative"), config.list("feedback.save"));
    }

    /** The channels {@code bench prepare} made, in name order. */
    static List<Channel> worldChannels(Wiring app) {
        return app.channels.all().stream()
                .filter(c -> c.ref().platform().equals(ConsoleSession.PLATFORM) && c.ref().channel().startsWith(BenchWorld.PREFIX))
                .sorted(Comparator.comparing(c -> c.ref().channel()))
                .toList();
    }

    static String header(String figure, String command) {
        return "## " + figure + "\n\nCommand: `" + command + "`  \nMachine: " + Machine.now().describe() + "\n";
    }
}
