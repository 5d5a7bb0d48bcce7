package dev.paperboy.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.channel.DigestRunStore;
import dev.paperboy.channel.DigestScheduler;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.Layout;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.Schedule;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.channel.Sleeper;
import dev.paperboy.feedback.EmojiMeanings;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.paper.source.ArxivApiSource;
import dev.paperboy.paper.source.PoliteHttp;
import dev.paperboy.paper.source.SourceIngest;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.LearnedRanker;
import dev.paperboy.recommend.RankingWeights;
import dev.paperboy.recommend.RandomRanker;
import dev.paperboy.recommend.Ranker;
import dev.paperboy.recommend.TagRecencyRanker;
import dev.paperboy.schedule.DigestTicker;
import dev.paperboy.schedule.QuartzDigestScheduler;
import dev.paperboy.schedule.QuartzSettings;
import dev.paperboy.schedule.ScheduledDigests;
import dev.paperboy.schedule.TickScheduler;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.store.JdbcChannelStore;
import dev.paperboy.store.JdbcDeliveryStore;
import dev.paperboy.store.JdbcEmbeddingStore;
import dev.paperboy.store.JdbcDigestRunStore;
import dev.paperboy.store.JdbcFeedbackStore;
import dev.paperboy.store.JdbcPaperStore;
import dev.paperboy.store.JdbcSummaryStore;
import dev.paperboy.store.JdbcSourceRunStore;
import dev.paperboy.store.JdbcTagStore;
import dev.paperboy.summary.Summarizer;
import dev.paperboy.summary.SummaryStore;
import dev.paperboy.tag.HybridTagger;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagCorrections;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.TaggerWeights;
import dev.paperboy.tag.Tagger;
import dev.paperboy.tag.TaggingListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds Paperboy's object graph by hand, from config and a clock. Chat-facing services need a gateway, so
 * they are built by {@link #chat(ChatGateway, Optional)} once the adapter exists.
 */
public final class Wiring implements AutoCloseable {

    /** The services an adapter talks to. */
    public record ChatServices(CommandHandler commands, ReactionService reactions, DigestService digests, DigestTicker ticker,
                               ScheduledDigests scheduled) {
    }

    public final Config config;
    public final Clock clock;
    public final ObjectMapper json = Json.mapper();
    public final Database database;
    public final TagVocabulary vocabulary;
    public final PaperStore papers;
    public final TagStore tags;
    public final ChannelStore channels;
    public final DeliveryStore deliveries;
    public final DigestRunStore runs;
    public final FeedbackService feedback;
    public final Tagger tagger;
    public final Optional<EmbeddingService> embeddings;
    public final IngestService ingest;
    public final JsonPapers jsonPapers;
    public final PaperFiles paperFiles;
    public final DigestPlanner planner;
    public final Summarizer summarizer;
    /** LLM summaries cached per paper, and Hugging Face ai_summaries for {@code summary.mode: hf}. */
    public final SummaryStore summaries;
    public final ChannelSettings channelDefaults;
    /** The paper sources (arXiv API, arXiv announce feed, Hugging Face Daily Papers) and their ingest. */
    public final SourceIngest sources;
    /** The arXiv API on its own, to fetch papers by id. */
    public final ArxivApiSource arxivApi;
    /**
     * This process's name in the digest runs it claims and in Quartz's cluster tables. Random on purpose (not from
     * the seeded Random): two processes sharing a database must never get the same name. The host part is cut
     * short because Quartz appends a 13-digit counter to it in a 95-character column.
     */
    public final String instanceId = hostPart() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final RetryPolicy retry;
    private final Duration takeover;
    private final String ingestCron;
    private final ZoneId ingestZone;
    private final Duration upkeepEvery;
    private final String password;
    /**
     * What the scheduled ingest job runs: every enabled source whose days include today, each from its last
     * complete run. It never throws for a source that is down; tests may replace it.
     */
    public Runnable scheduledIngest;
    private final Sources.Built builtSources;

    private Wiring(Config config, Clock clock) throws ConfigException, IOException {
        this.config = config;
        this.clock = clock;
        this.vocabulary = loadVocabulary(config);
        this.channelDefaults = channelDefaults(config);
        var summarizerOver = SummaryWiring.summarizer(config, System.getenv(), clock);
        checkRanking(config);
        this.retry = retryPolicy(config);
        this.takeover = takeover(config);
        this.ingestCron = ingestCron(config);
        this.ingestZone = zone(config, "schedule.ingest-zone");
        this.upkeepEvery = Duration.ofSeconds(config.integer("schedule.tick-seconds"));
        if (upkeepEvery.isNegative() || upkeepEvery.isZero()) {
            throw new ConfigException("schedule.tick-seconds must be at least 1, got " + upkeepEvery.toSeconds());
        }
        this.password = password();
        this.database = Database.open(config.string("db.url"), config.string("db.user"), password, config.integer("db.pool-size"));
        var ds = database.dataSource();
        this.papers = new JdbcPaperStore(ds, clock);
        this.tags = new JdbcTagStore(ds);
        this.channels = new JdbcChannelStore(ds);
        this.deliveries = new JdbcDeliveryStore(ds);
        this.runs = new JdbcDigestRunStore(ds);
        this.feedback = new FeedbackService(new JdbcFeedbackStore(ds), new EmojiMeanings(config.list("feedback.positive"),
                config.list("feedback.negative"), config.list("feedback.save")));
        this.embeddings = config.bool("embed.enabled")
                ? Optional.of(new EmbeddingService(new MiniLmEmbedder(config.integer("embed.threads")), new JdbcEmbeddingStore(ds)))
                : Optional.empty();
        this.tagger = tagger(config, vocabulary, embeddings, tags::humanTagged);
        List<IngestListener> listeners = new ArrayList<>();
        listeners.add(new TaggingListener(tagger, tags, vocabulary));
        embeddings.ifPresent(e -> listeners.add(new EmbedOnIngest(e)));
        this.ingest = new IngestService(papers, listeners);
        this.jsonPapers = new JsonPapers(json);
        this.paperFiles = new PaperFiles(jsonPapers);
        this.summaries = new JdbcSummaryStore(ds);
        this.summarizer = summarizerOver.apply(new SummaryWiring.Stores(summaries, papers));
        this.planner = new DigestPlanner(new JdbcCandidateStore(ds), tags, feedback, ranker(config, papers, tags, embeddings),
                Duration.ofDays(config.integer("digest.freshness-days")));
        try {
            this.builtSources = Sources.build(config, clock, json, ingest, new JdbcSourceRunStore(ds), PoliteHttp.Sleeper.REAL);
        } catch (ConfigException e) {
            database.close();
            throw e;
        }
        this.sources = builtSources.ingest();
        this.arxivApi = builtSources.arxivApi();
        this.scheduledIngest = sources::runScheduled;
    }

    public static Wiring open(Config config, Clock clock) throws ConfigException, IOException {
        return new Wiring(config, clock);
    }

    /** The services for a process that fires scheduled digests from its own ticks (the console). */
    public ChatServices chat(ChatGateway gateway, Optional<Duration> grace) {
        return chat(gateway, grace, new TickScheduler(clock), planner);
    }

    /** The services, with scheduled digests fired by {@code scheduler} (Quartz in the bot). */
    public ChatServices chat(ChatGateway gateway, Optional<Duration> grace, DigestScheduler scheduler) {
        return chat(gateway, grace, scheduler, planner);
    }

    /** Chat services on a planner of one's own, e.g. to compare ranking modes on one database. */
    public ChatServices chat(ChatGateway gateway, Optional<Duration> grace, DigestPlanner planner) {
        return chat(gateway, grace, new TickScheduler(clock), planner);
    }

    private ChatServices chat(ChatGateway gateway, Optional<Duration> grace, DigestScheduler scheduler, DigestPlanner planner) {
        DigestService digests = new DigestService(planner, summarizer, gateway, deliveries, channels, retry, Sleeper.REAL);
        CommandHandler commands = new CommandHandler(channels, channelDefaults, vocabulary, papers, feedback, planner, digests,
                scheduler, clock, new TagCorrections(tags, tagger));
        ReactionService reactions = new ReactionService(deliveries, feedback, clock);
        ScheduledDigests scheduled = new ScheduledDigests(channels, runs, digests, scheduler, clock, grace, takeover, instanceId);
        return new ChatServices(commands, reactions, digests, new DigestTicker(channels, runs, scheduled), scheduled);
    }

    /** Quartz on this database, on standby until {@link #startSchedule}. */
    public QuartzDigestScheduler quartz() throws ConfigException {
        if (config.integer("schedule.threads") < 1) {
            throw new ConfigException("schedule.threads must be at least 1, got " + config.integer("schedule.threads"));
        }
        return QuartzDigestScheduler.open(QuartzSettings.of(config.string("db.url"), config.string("db.user"), password,
                config.integer("schedule.threads"), instanceId), channels, runs, clock);
    }

    /** Starts firing digests, the ingest and upkeep; the ingest runs whatever {@link #scheduledIngest} is by then. */
    public void startSchedule(QuartzDigestScheduler quartz, ChatServices chat) {
        quartz.start(chat.scheduled(), () -> scheduledIngest.run(), ingestCron, ingestZone, upkeepEvery);
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
     * {@code curated} gives the papers curators tagged, by tag, which pull the hybrid tagger's prototypes.
     */
    static Tagger tagger(Config config, TagVocabulary vocabulary, Optional<EmbeddingService> embeddings,
                         Supplier<Map<String, List<String>>> curated) throws ConfigException, IOException {
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
        return new HybridTagger(vocabulary, builtInVocabulary(), embeddings.get(), curated, TaggerWeights.CALIBRATED, threshold);
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
        var daySet = switch (days) {
            case "daily" -> Schedule.DAILY;
            case "weekdays" -> Schedule.WEEKDAYS;
            default -> Days.parse(days).orElseThrow(() -> new ConfigException("schedule.days must be daily, weekdays or mon,tue,…; got '" + days + "'"));
        };
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

    /** A planner on this database that ranks by {@code mode} (learned, tags-only or random). */
    public DigestPlanner planner(String mode) throws ConfigException {
        return new DigestPlanner(new JdbcCandidateStore(database.dataSource()), tags, feedback,
                ranker(config.with("ranking.mode", mode), papers, tags, embeddings), Duration.ofDays(config.integer("digest.freshness-days")));
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
    private static void checkRanking(Config config) throws ConfigException {
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

    private static String hostPart() {
        String host = System.getenv().getOrDefault("HOSTNAME", "paperboy");
        return host.length() <= 40 ? host : host.substring(0, 40);
    }

    private static String password() throws IOException {
        String direct = System.getenv("PAPERBOY_DB_PASSWORD");
        if (direct != null) {
            return direct;
        }
        String file = System.getenv("PAPERBOY_DB_PASSWORD_FILE");
        return file == null ? "" : Files.readString(Path.of(file)).strip();
    }

    @Override
    public void close() {
        builtSources.close();
        database.close();
    }
}
