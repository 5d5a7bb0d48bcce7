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
import dev.paperboy.channel.ReactionService;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.SearchReplies;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.channel.Sleeper;
import dev.paperboy.channel.TasteRefresher;
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
import dev.paperboy.recommend.CandidatePool;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.schedule.DigestTicker;
import dev.paperboy.schedule.QuartzDigestScheduler;
import dev.paperboy.schedule.QuartzSettings;
import dev.paperboy.schedule.ScheduledDigests;
import dev.paperboy.schedule.TickScheduler;
import dev.paperboy.search.PaperIndex;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.search.SearchService;
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
import dev.paperboy.store.JdbcSearchCorpus;
import dev.paperboy.store.JdbcTagStore;
import dev.paperboy.summary.Summarizer;
import dev.paperboy.summary.SummaryStore;
import dev.paperboy.tag.TagCorrections;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.Tagger;
import dev.paperboy.tag.TaggingListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
    /** How long a channel's feedback must be quiet before its taste model is trained again in the background. */
    private static final Duration TASTE_QUIET = Duration.ofSeconds(30);
    private volatile TasteRefresher refresher;
    /** The fresh papers every planner of this process reads; told of every ingest and tag change. */
    public final CandidatePool candidatePool;
    public final ChannelStore channels;
    public final DeliveryStore deliveries;
    public final DigestRunStore runs;
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
    /** LLM summaries cached per paper, and Hugging Face ai_summaries for {@code summary.mode: hf}. */
    public final SummaryStore summaries;
    public final ChannelSettings channelDefaults;
    /** The paper sources (arXiv API, arXiv announce feed, Hugging Face Daily Papers) and their ingest. */
    public final SourceIngest sources;
    /** The arXiv API on its own, to fetch papers by id. */
    public final ArxivApiSource arxivApi;
    private final int searchResults;
    /**
     * This process's name in the digest runs it claims and in Quartz's cluster tables. Random on purpose (not from
     * the seeded Random): two processes sharing a database must never get the same name. The host part is cut
     * short because Quartz appends a 13-digit counter to it in a 95-character column.
     */
    public final String instanceId = Settings.hostPart() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
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
        this.vocabulary = Settings.loadVocabulary(config);
        this.channelDefaults = Settings.channelDefaults(config);
        var summarizerOver = SummaryWiring.summarizer(config, System.getenv(), clock);
        Settings.checkRanking(config);
        this.retry = Settings.retryPolicy(config);
        this.takeover = Settings.takeover(config);
        this.ingestCron = Settings.ingestCron(config);
        this.ingestZone = Settings.zone(config, "schedule.ingest-zone");
        this.upkeepEvery = Duration.ofSeconds(config.integer("schedule.tick-seconds"));
        if (upkeepEvery.isNegative() || upkeepEvery.isZero()) {
            throw new ConfigException("schedule.tick-seconds must be at least 1, got " + upkeepEvery.toSeconds());
        }
        this.password = Settings.password();
        this.searchResults = config.integer("search.results");
        if (searchResults < 1 || searchResults > SearchService.MAX_LIMIT) {
            throw new ConfigException("search.results must be 1.." + SearchService.MAX_LIMIT + ", got " + searchResults);
        }
        this.database = Database.open(config.string("db.url"), config.string("db.user"), password, config.integer("db.pool-size"));
        var ds = database.dataSource();
        JdbcPaperStore paperStore = new JdbcPaperStore(ds, clock);
        this.papers = paperStore;
        JdbcTagStore tagRows = new JdbcTagStore(ds);
        this.candidatePool = CandidatePool.inMemory(new JdbcCandidateStore(ds), tagRows);
        this.tags = candidatePool.watching(tagRows);
        this.channels = new JdbcChannelStore(ds);
        this.deliveries = new JdbcDeliveryStore(ds);
        this.runs = new JdbcDigestRunStore(ds);
        this.feedback = new FeedbackService(new JdbcFeedbackStore(ds), new EmojiMeanings(config.list("feedback.positive"),
                config.list("feedback.negative"), config.list("feedback.save")));
        this.embeddings = config.bool("embed.enabled")
                ? Optional.of(new EmbeddingService(new MiniLmEmbedder(config.integer("embed.threads")), new JdbcEmbeddingStore(ds)))
                : Optional.empty();
        this.tagger = Settings.tagger(config, vocabulary, embeddings, tags::humanTagged);
        List<IngestListener> listeners = new ArrayList<>();
        listeners.add(new TaggingListener(tagger, tags, vocabulary));
        embeddings.ifPresent(e -> listeners.add(new EmbedOnIngest(e)));
        this.searchIndex = openSearchIndex(config);
        VocabularyTagLookup tagLookup = new VocabularyTagLookup(tags, vocabulary);
        this.searchIndexer = new SearchIndexer(searchIndex, new JdbcSearchCorpus(ds, paperStore), tagLookup, embeddings);
        this.search = new SearchService(searchIndex, tagLookup, searchIndexer, embeddings);
        listeners.add(searchIndexer); // after embedding, so vectors are ready to index
        listeners.add(candidatePool); // last: the papers are tagged by then
        this.ingest = new IngestService(papers, listeners);
        this.jsonPapers = new JsonPapers(json);
        this.paperFiles = new PaperFiles(jsonPapers);
        this.summaries = new JdbcSummaryStore(ds);
        this.summarizer = summarizerOver.apply(new SummaryWiring.Stores(summaries, papers));
        this.planner = new DigestPlanner(candidatePool, tags, feedback, Settings.ranker(config, papers, tags, embeddings),
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
        searchIndexer.rebuildInBackgroundIfStale();
        DigestService digests = new DigestService(planner, summarizer, gateway, deliveries, channels, retry, Sleeper.REAL);
        CommandHandler commands = new CommandHandler(channels, channelDefaults, vocabulary, papers, feedback, planner, digests,
                scheduler, new SearchReplies(search, searchResults), clock, new TagCorrections(tags, tagger));
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
        // Taste models are trained in the background after reactions (and once now), so digests only rank.
        TasteRefresher refresher = new TasteRefresher(channels, planner, clock, TASTE_QUIET);
        feedback.onChange(refresher::changed);
        refresher.refreshAll();
        this.refresher = refresher;
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

    /** A planner on this database that ranks by {@code mode} (learned, tags-only or random). */
    public DigestPlanner planner(String mode) throws ConfigException {
        return new DigestPlanner(candidatePool, tags, feedback,
                Settings.ranker(config.with("ranking.mode", mode), papers, tags, embeddings), Duration.ofDays(config.integer("digest.freshness-days")));
    }

    @Override
    public void close() {
        if (refresher != null) {
            refresher.close();
        }
        builtSources.close();
        searchIndexer.close();
        try {
            searchIndex.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("closing the search index failed", e);
        }
        database.close();
    }
}
