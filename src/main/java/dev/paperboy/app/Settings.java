package dev.paperboy.app;

import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.CommandLimits;
import dev.paperboy.channel.Layout;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.Schedule;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.recommend.LearnedRanker;
import dev.paperboy.recommend.RankingWeights;
import dev.paperboy.recommend.RandomRanker;
import dev.paperboy.recommend.Ranker;
import dev.paperboy.recommend.TagRecencyRanker;
import dev.paperboy.schedule.QuartzDigestScheduler;
import dev.paperboy.search.SearchService;
import dev.paperboy.paper.Paper;
import dev.paperboy.tag.HybridTagger;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.TaggerWeights;
import dev.paperboy.tag.Tagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and checks the settings the wiring needs, each with an error that names the key and what it takes, so a
 * bad setting stops the bot before any database or network is touched.
 */
final class Settings {

    private Settings() {
    }

    static String ingestCron(Config config) throws ConfigException {
        try {
            return QuartzDigestScheduler.checkCron("schedule.ingest-cron", config.string("schedule.ingest-cron").strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    static ZoneId zone(Config config, String key) throws ConfigException {
        try {
            return ZoneId.of(config.string(key).strip());
        } catch (DateTimeException e) {
            throw new ConfigException(key + " must be an IANA zone such as Europe/Berlin, got '" + config.string(key) + "'");
        }
    }

    static RetryPolicy retryPolicy(Config config) throws ConfigException {
        int attempts = config.integer("schedule.post-attempts");
        int maxSeconds = config.integer("schedule.post-retry-max-seconds");
        if (attempts < 1 || attempts > 20) {
            throw new ConfigException("schedule.post-attempts must be 1..20, got " + attempts);
        }
        if (maxSeconds < 1) {
            throw new ConfigException("schedule.post-retry-max-seconds must be at least 1, got " + maxSeconds);
        }
        return new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(maxSeconds));
    }

    static Duration takeover(Config config) throws ConfigException {
        Duration takeover = Duration.ofMinutes(config.integer("schedule.takeover-minutes"));
        Duration longestWait = Duration.ofSeconds(config.integer("schedule.post-retry-max-seconds"));
        // A run's lease is renewed before each post; it must outlast the longest wait plus one slow post.
        if (takeover.compareTo(longestWait.plusMinutes(1)) < 0) {
            throw new ConfigException("schedule.takeover-minutes must exceed schedule.post-retry-max-seconds by a minute or more, got "
                    + takeover.toMinutes() + " minutes and " + longestWait.toSeconds() + " seconds");
        }
        return takeover;
    }

    /** How many results a search answers with ({@code search.results}). */
    static int searchResults(Config config) throws ConfigException {
        int searchResults = config.integer("search.results");
        if (searchResults < 1 || searchResults > SearchService.MAX_LIMIT) {
            throw new ConfigException("search.results must be 1.." + SearchService.MAX_LIMIT + ", got " + searchResults);
        }
        return searchResults;
    }

    static TagVocabulary loadVocabulary(Config config) throws ConfigException, IOException {
        Path file = Path.of(config.string("tags.file"));
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return TagVocabulary.read(in, file.toString());
            }
        }
        if (!config.string("tags.file").equals("config/tags.yaml")) {
            throw new ConfigException("tags.file: " + file + " does not exist");
        }
        return builtInVocabulary();
    }

    /** The vocabulary shipped in the jar: the default, and the reference the hybrid tagger reads similarities against. */
    static TagVocabulary builtInVocabulary() throws ConfigException, IOException {
        try (InputStream in = Wiring.class.getResourceAsStream("/defaults/tags.yaml")) {
            if (in == null) {
                throw new ConfigException("the built-in tag vocabulary is missing from the jar");
            }
            return TagVocabulary.read(in, "built-in tags.yaml");
        }
    }

    /**
     * The hybrid tagger when embeddings are on and {@code tags.tagger} asks for it, else the keyword tagger.
     * {@code curated} gives the papers curators tagged, by tag, which pull the hybrid tagger's prototypes;
     * {@code papers} reads those papers, so the tagger also learns each tag's words and calibration from them.
     */
    static Tagger tagger(Config config, TagVocabulary vocabulary, Optional<EmbeddingService> embeddings,
                         Supplier<Map<String, List<String>>> curated, Function<Collection<String>, List<Paper>> papers)
            throws ConfigException, IOException {
        String kind = config.string("tags.tagger").strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("hybrid") && !kind.equals("keyword")) {
            throw new ConfigException("tags.tagger must be hybrid or keyword, got '" + kind + "'");
        }
        double threshold = config.decimal("tags.threshold");
        if (threshold <= 0 || threshold >= 1) {
            throw new ConfigException("tags.threshold is a probability between 0 and 1, got " + threshold);
        }
        if (kind.equals("keyword") || embeddings.isEmpty()) {
            return new KeywordTagger(vocabulary, config.decimal("tags.keyword-threshold"));
        }
        return new HybridTagger(vocabulary, builtInVocabulary(), embeddings.get(), curated, papers, TaggerWeights.CALIBRATED, threshold);
    }

    static ChannelSettings channelDefaults(Config config) throws ConfigException {
        LocalTime time;
        ZoneId zone;
        try {
            time = LocalTime.parse(config.string("schedule.time"));
        } catch (DateTimeParseException e) {
            throw new ConfigException("schedule.time must be HH:MM, got '" + config.string("schedule.time") + "'");
        }
        try {
            zone = ZoneId.of(config.string("schedule.zone"));
        } catch (DateTimeException e) {
            throw new ConfigException("schedule.zone must be an IANA zone such as Europe/Berlin, got '" + config.string("schedule.zone") + "'");
        }
        String days = config.string("schedule.days").strip().toLowerCase(Locale.ROOT);
        var daySet = dev.paperboy.channel.CommandParser.parseDays(days)
                .orElseThrow(() -> new ConfigException("schedule.days must be daily, weekdays or mon,tue,…; got '" + days + "'"));
        Layout layout;
        try {
            layout = Layout.valueOf(config.string("digest.layout").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("digest.layout must be channel or thread, got '" + config.string("digest.layout") + "'");
        }
        int size = config.integer("digest.size");
        if (size < 1 || size > 20) {
            throw new ConfigException("digest.size must be 1..20, got " + size);
        }
        return new ChannelSettings(size, layout, new Schedule(config.bool("schedule.enabled"), time, zone, daySet), false, "");
    }

    /** {@code limits.*}: what one command may ask of a channel. */
    static CommandLimits commandLimits(Config config) throws ConfigException {
        try {
            return new CommandLimits(config.integer("limits.digests-per-hour"), config.integer("limits.seeds-per-command"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    static Ranker ranker(Config config, PaperStore papers, TagStore tags, Optional<EmbeddingService> embeddings) throws ConfigException {
        String mode = config.string("ranking.mode").strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "tags-only" -> new TagRecencyRanker();
            case "random" -> new RandomRanker(config.integer("ranking.seed"));
            case "learned" -> new LearnedRanker(embeddings.orElseThrow(() -> new ConfigException(
                    "ranking.mode=learned needs embed.enabled=true; or choose tags-only or random")), papers, tags, weights(config),
                    config.integer("ranking.seed"));
            default -> throw new ConfigException("ranking.mode must be learned, tags-only or random, got '" + mode + "'");
        };
    }

    /** Fails on a bad ranking setting before any database is opened. */
    static void checkRanking(Config config) throws ConfigException {
        String mode = config.string("ranking.mode").strip().toLowerCase(Locale.ROOT);
        if (!List.of("learned", "tags-only", "random").contains(mode)) {
            throw new ConfigException("ranking.mode must be learned, tags-only or random, got '" + mode + "'");
        }
        if (mode.equals("learned") && !config.bool("embed.enabled")) {
            throw new ConfigException("ranking.mode=learned needs embed.enabled=true; or choose tags-only or random");
        }
        weights(config);
    }

    static RankingWeights weights(Config config) throws ConfigException {
        double exploration = config.decimal("ranking.exploration");
        if (exploration < 0 || exploration > 0.5) {
            throw new ConfigException("ranking.exploration must be between 0 and 0.5, got " + exploration);
        }
        return new RankingWeights(config.decimal("ranking.weights.taste"), config.decimal("ranking.weights.lexical"),
                config.decimal("ranking.weights.tags"), config.decimal("ranking.weights.popularity"),
                config.decimal("ranking.weights.freshness"), exploration, config.integer("ranking.background-negatives"));
    }

    static String hostPart() {
        String host = System.getenv().getOrDefault("HOSTNAME", "paperboy");
        return host.length() <= 40 ? host : host.substring(0, 40);
    }

    static String password() throws IOException {
        String direct = System.getenv("PAPERBOY_DB_PASSWORD");
        if (direct != null) {
            return direct;
        }
        String file = System.getenv("PAPERBOY_DB_PASSWORD_FILE");
        return file == null ? "" : Files.readString(Path.of(file)).strip();
    }
}
