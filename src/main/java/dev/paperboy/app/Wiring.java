package dev.paperboy.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.Layout;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.channel.Schedule;
import dev.paperboy.channel.SearchReplies;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.feedback.EmojiMeanings;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.RandomRanker;
import dev.paperboy.recommend.Ranker;
import dev.paperboy.recommend.TagRecencyRanker;
import dev.paperboy.schedule.DigestTicker;
import dev.paperboy.search.PaperIndex;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.search.SearchService;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.store.JdbcChannelStore;
import dev.paperboy.store.JdbcDeliveryStore;
import dev.paperboy.store.JdbcEmbeddingStore;
import dev.paperboy.store.JdbcFeedbackStore;
import dev.paperboy.store.JdbcPaperStore;
import dev.paperboy.store.JdbcSearchCorpus;
import dev.paperboy.store.JdbcTagStore;
import dev.paperboy.summary.ExtractiveSummarizer;
import dev.paperboy.summary.Summarizer;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
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
import java.util.Optional;

/**
 * Builds Paperboy's object graph by hand, from config and a clock. Chat-facing services need a gateway, so
 * they are built by {@link #chat(ChatGateway, Optional)} once the adapter exists.
 */
public final class Wiring implements AutoCloseable {

    /** The services an adapter talks to. */
    public record ChatServices(CommandHandler commands, ReactionService reactions, DigestService digests, DigestTicker ticker) {
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
    public final FeedbackService feedback;
    public final Tagger tagger;
    public final Optional<EmbeddingService> embeddings;
    public final IngestService ingest;
    public final PaperIndex searchIndex;
    public final SearchIndexer searchIndexer;
    public final SearchService search;
    public final JsonPapers jsonPapers;
    public final PaperFiles paperFiles;
    public final DigestPlanner planner;
    public final Summarizer summarizer;
    public final ChannelSettings channelDefaults;
    private final int searchResults;
    /**
     * What the scheduled ingest job runs: fetch every configured source. Until the sources land it only logs,
     * so the schedule can be built and tested on its own.
     */
    public Runnable scheduledIngest = () -> org.slf4j.LoggerFactory.getLogger(Wiring.class).info("scheduled ingest: no paper source is configured yet");

    private Wiring(Config config, Clock clock) throws ConfigException, IOException {
        this.config = config;
        this.clock = clock;
        this.vocabulary = loadVocabulary(config);
        this.channelDefaults = channelDefaults(config);
        Ranker ranker = ranker(config);
        this.searchResults = config.integer("search.results");
        if (searchResults < 1 || searchResults > SearchService.MAX_LIMIT) {
            throw new ConfigException("search.results must be 1.." + SearchService.MAX_LIMIT + ", got " + searchResults);
        }
        String password = password();
        this.database = Database.open(config.string("db.url"), config.string("db.user"), password, config.integer("db.pool-size"));
        var ds = database.dataSource();
        JdbcPaperStore paperStore = new JdbcPaperStore(ds, clock);
        this.papers = paperStore;
        this.tags = new JdbcTagStore(ds);
        this.channels = new JdbcChannelStore(ds);
        this.deliveries = new JdbcDeliveryStore(ds);
        this.feedback = new FeedbackService(new JdbcFeedbackStore(ds), new EmojiMeanings(config.list("feedback.positive"),
                config.list("feedback.negative"), config.list("feedback.save")));
        this.tagger = new KeywordTagger(vocabulary, config.decimal("tags.keyword-threshold"));
        this.embeddings = config.bool("embed.enabled")
                ? Optional.of(new EmbeddingService(new MiniLmEmbedder(config.integer("embed.threads")), new JdbcEmbeddingStore(ds)))
                : Optional.empty();
        List<IngestListener> listeners = new ArrayList<>();
        listeners.add(new TaggingListener(tagger, tags, vocabulary));
        embeddings.ifPresent(e -> listeners.add(new EmbedOnIngest(e)));
        this.searchIndex = openSearchIndex(config);
        VocabularyTagLookup tagLookup = new VocabularyTagLookup(tags, vocabulary);
        this.searchIndexer = new SearchIndexer(searchIndex, new JdbcSearchCorpus(ds, paperStore), tagLookup, embeddings);
        this.search = new SearchService(searchIndex, tagLookup, searchIndexer, embeddings);
        listeners.add(searchIndexer); // after embedding, so vectors are ready to index
        this.ingest = new IngestService(papers, listeners);
        this.jsonPapers = new JsonPapers(json);
        this.paperFiles = new PaperFiles(jsonPapers);
        this.summarizer = new ExtractiveSummarizer(config.integer("summary.max-chars"));
        this.planner = new DigestPlanner(new JdbcCandidateStore(ds), tags, feedback, ranker,
                Duration.ofDays(config.integer("digest.freshness-days")));
    }

    public static Wiring open(Config config, Clock clock) throws ConfigException, IOException {
        return new Wiring(config, clock);
    }

    public ChatServices chat(ChatGateway gateway, Optional<Duration> grace) {
        searchIndexer.rebuildInBackgroundIfStale();
        DigestService digests = new DigestService(planner, summarizer, gateway, deliveries, channels);
        CommandHandler commands = new CommandHandler(channels, channelDefaults, vocabulary, papers, feedback, planner, digests,
                new SearchReplies(search, searchResults), clock);
        ReactionService reactions = new ReactionService(channels, deliveries, feedback, clock);
        return new ChatServices(commands, reactions, digests, new DigestTicker(channels, deliveries, digests, grace));
    }

    /** The index caches the database: an in-memory database gets an in-memory index. */
    private PaperIndex openSearchIndex(Config config) throws ConfigException {
        String dir = config.string("search.index-dir").strip();
        if (dir.equalsIgnoreCase("memory") || config.string("db.url").startsWith("jdbc:h2:mem:")) {
            return PaperIndex.inMemory();
        }
        try {
            return PaperIndex.open(Path.of(dir));
        } catch (IOException e) {
            database.close();
            throw new ConfigException("cannot open the search index: " + e.getMessage());
        }
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
        try (InputStream in = Wiring.class.getResourceAsStream("/defaults/tags.yaml")) {
            if (in == null) {
                throw new ConfigException("the built-in tag vocabulary is missing from the jar");
            }
            return TagVocabulary.read(in, "built-in tags.yaml");
        }
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

    static Ranker ranker(Config config) throws ConfigException {
        String mode = config.string("ranking.mode").strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "tags-only" -> new TagRecencyRanker();
            case "random" -> new RandomRanker(config.integer("ranking.seed"));
            case "learned" -> throw new ConfigException("ranking.mode=learned arrives with the recommender; use tags-only or random");
            default -> throw new ConfigException("ranking.mode must be tags-only or random, got '" + mode + "'");
        };
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
        searchIndexer.close();
        try {
            searchIndex.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("closing the search index failed", e);
        }
        database.close();
    }
}
