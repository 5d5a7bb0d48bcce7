package dev.paperboy.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.channel.ChannelExport;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.CommandLimits;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.channel.DigestScheduler;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.channel.SearchReplies;
import dev.paperboy.channel.StoredFollows;
import dev.paperboy.channel.Sleeper;
import dev.paperboy.channel.TasteRefresher;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.feedback.EmojiMeanings;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.LibrarySeeder;
import dev.paperboy.ops.BotMetrics;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.paper.library.LibraryMatcher;
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
import dev.paperboy.store.JdbcDigestRunStore;
import dev.paperboy.store.JdbcEmbeddingStore;
import dev.paperboy.store.JdbcFeedbackStore;
import dev.paperboy.store.JdbcPaperStore;
import dev.paperboy.store.JdbcSearchCorpus;
import dev.paperboy.store.JdbcSourceRunStore;
import dev.paperboy.store.JdbcSummaryStore;
import dev.paperboy.store.JdbcTagStore;
import dev.paperboy.summary.Summarizer;
import dev.paperboy.tag.TagCorrections;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.Tagger;
import dev.paperboy.tag.TaggingListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/**
 * Builds Paperboy's object graph by hand, from config and a clock, and hands out what callers use: the stores and
 * services through accessors, the chat-facing services as one {@link ChatServices} record once an adapter exists.
 * Starting work in the background (the search index rebuild, the schedule) is always an explicit call of the
 * command that wants it. A failure half way through construction closes what was already opened.
 */
public final class Wiring implements AutoCloseable {

    /** The services an adapter talks to. */
    public record ChatServices(CommandHandler commands, ReactionService reactions, DigestService digests, DigestTicker ticker,
                               ScheduledDigests scheduled) {
    }

    /** How long a channel's feedback must be quiet before its taste model is trained again in the background. */
    private static final Duration TASTE_QUIET = Duration.ofSeconds(30);

    private final Config config;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();
    /** What close() closes, most recently opened first. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final BotMetrics metrics = new BotMetrics();
    private final Database database;
    private final TagVocabulary vocabulary;
    private final ChannelSettings channelDefaults;
    private final PaperStore papers;
    private final TagStore tags;
    /** The fresh papers every planner of this process reads; told of every ingest and tag change. */
    private final CandidatePool candidatePool;
    private final ChannelStore channels;
    private final DeliveryStore deliveries;
    private final JdbcDigestRunStore runs;
    private final FeedbackService feedback;
    private final Optional<EmbeddingService> embeddings;
    private final Tagger tagger;
    private final PaperIndex searchIndex;
    private final SearchIndexer searchIndexer;
    private final SearchService search;
    private final IngestService ingest;
    private final JsonPapers jsonPapers;
    private final PaperFiles paperFiles;
    private final Summarizer summarizer;
    private final DigestPlanner planner;
    private final Sources.Built sources;
    private final RetryPolicy retry;
    private final Duration takeover;
    private final int searchResults;
    private final CommandLimits commandLimits;
    private final String password;
    /**
     * This process's name in the digest runs it claims and in Quartz's cluster tables. Random on purpose (not from
     * the seeded Random): two processes sharing a database must never get the same name. The host part is cut
     * short because Quartz appends a 13-digit counter to it in a 95-character column.
     */
    private final String instanceId = Settings.hostPart() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile TasteRefresher refresher;

    private Wiring(Config config, Clock clock, boolean besideBot) throws ConfigException, IOException {
        this.config = config;
        this.clock = clock;
        this.vocabulary = Settings.loadVocabulary(config);
        this.channelDefaults = Settings.channelDefaults(config);
        this.commandLimits = Settings.commandLimits(config);
        var summarizerOver = SummaryWiring.summarizer(config, System.getenv(), clock);
        Settings.checkRanking(config);
        this.retry = Settings.retryPolicy(config);
        this.takeover = Settings.takeover(config);
        Settings.ingestCron(config);
        Settings.zone(config, "schedule.ingest-zone");
        if (config.integer("schedule.tick-seconds") < 1) {
            throw new ConfigException("schedule.tick-seconds must be at least 1, got " + config.integer("schedule.tick-seconds"));
        }
        this.password = Settings.password();
        this.searchResults = config.integer("search.results");
        if (searchResults < 1 || searchResults > SearchService.MAX_LIMIT) {
            throw new ConfigException("search.results must be 1.." + SearchService.MAX_LIMIT + ", got " + searchResults);
        }
        opened.push(metrics);
        try {
            this.database = Database.open(config.string("db.url"), config.string("db.user"), password, config.integer("db.pool-size"),
                    Optional.of(metrics.registry()));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        opened.push(database::close);
        try {
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
            this.tagger = Settings.tagger(config, vocabulary, embeddings, tags::humanTagged, papers::findAll);
            List<IngestListener> listeners = new ArrayList<>();
            listeners.add(new TaggingListener(tagger, tags, vocabulary));
            embeddings.ifPresent(e -> listeners.add(new EmbedOnIngest(e)));
            this.searchIndex = SearchIndexFolder.open(config, besideBot);
            opened.push(searchIndex);
            VocabularyTagLookup tagLookup = new VocabularyTagLookup(tags, vocabulary);
            this.searchIndexer = new SearchIndexer(searchIndex, new JdbcSearchCorpus(ds, paperStore), tagLookup, embeddings);
            opened.push(searchIndexer::close);
            this.search = new SearchService(searchIndex, tagLookup, searchIndexer, embeddings);
            search.onSearch(metrics::searched);
            feedback.onChange(metrics::feedbackRecorded);
            listeners.add(searchIndexer); // after embedding, so vectors are ready to index
            listeners.add(candidatePool); // last: the papers are tagged by then
            this.ingest = new IngestService(papers, listeners, clock);
            this.jsonPapers = new JsonPapers(json);
            this.paperFiles = new PaperFiles(jsonPapers);
            this.summarizer = summarizerOver.apply(new SummaryWiring.Stores(new JdbcSummaryStore(ds), papers));
            this.planner = planner(config);
            this.sources = Sources.build(config, clock, json, ingest, new JdbcSourceRunStore(ds), PoliteHttp.Sleeper.REAL);
            opened.push(sources::close);
        } catch (ConfigException | IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public static Wiring open(Config config, Clock clock) throws ConfigException, IOException {
        return new Wiring(config, clock, false);
    }

    /**
     * For a command that may run beside a running bot ({@code ingest}, {@code search}, {@code tag --retag}): when the
     * bot holds the search index, this process reads it as of the bot's last commit and leaves writing it to the
     * bot, which catches up with what this process stores ({@link #startSearchCatchUp}).
     */
    public static Wiring openBesideBot(Config config, Clock clock) throws ConfigException, IOException {
        return new Wiring(config, clock, true);
    }

    /** The services for a process that fires scheduled digests from its own ticks (the console). */
    public ChatServices chat(ChatGateway gateway, Optional<Duration> grace) {
        return chat(gateway, grace, new TickScheduler(clock), planner);
    }

    /** The services, with scheduled digests fired by {@code scheduler} (Quartz in the bot). */
    public ChatServices chat(ChatGateway gateway, Optional<Duration> grace, DigestScheduler scheduler) {
        return chat(gateway, grace, scheduler, planner);
    }

    /** The console's services, with the waits between tries of a post going to {@code sleeper}. */
    public ChatServices chat(ChatGateway gateway, Optional<Duration> grace, Sleeper sleeper) {
        return chat(gateway, grace, new TickScheduler(clock), planner, sleeper);
    }

    /** Chat services on a planner of the caller's, as the evaluations compare ranking modes on one database. */
    ChatServices chat(ChatGateway gateway, Optional<Duration> grace, DigestScheduler scheduler, DigestPlanner planner) {
        return chat(gateway, grace, scheduler, planner, Sleeper.REAL);
    }

    private ChatServices chat(ChatGateway gateway, Optional<Duration> grace, DigestScheduler scheduler, DigestPlanner planner, Sleeper sleeper) {
        DigestService digests = new DigestService(planner, summarizer, gateway, deliveries, channels, retry, sleeper);
        CommandHandler commands = new CommandHandler(channels, channelDefaults, vocabulary, papers, feedback, planner, digests,
                scheduler, new SearchReplies(search, searchResults), clock, new TagCorrections(tags, tagger), commandLimits,
                librarySeeder(), channelExport(), sources.ingest()::fetching);
        ReactionService reactions = new ReactionService(deliveries, feedback, clock);
        ScheduledDigests scheduled = new ScheduledDigests(channels, runs, digests, scheduler, clock, grace, takeover, instanceId);
        scheduled.observe((platform, fired, late) -> metrics.digest(platform, fired.result().name().toLowerCase(java.util.Locale.ROOT),
                late, fired.papers()));
        return new ChatServices(commands, reactions, digests, new DigestTicker(channels, runs, scheduled), scheduled);
    }

    /**
     * Rebuilds the search index in the background when it is missing, was built by another version or holds a
     * different number of papers; searches meanwhile answer from the old one. The bot and the console call it.
     */
    public void startSearchRebuild() {
        searchIndexer.rebuildInBackgroundIfStale();
    }

    /**
     * Keeps this instance's search index in step with the database every {@code search.catch-up-seconds}: papers and
     * tags changed by any process (another instance, a curator's correction, the command line) become searchable here.
     */
    public void startSearchCatchUp() throws ConfigException {
        int seconds = config.integer("search.catch-up-seconds");
        if (seconds < 1) {
            throw new ConfigException("search.catch-up-seconds must be at least 1, got " + seconds);
        }
        try {
            searchIndexer.catchUpEvery(Duration.ofSeconds(seconds));
        } catch (IOException e) {
            throw new ConfigException("cannot read the search index: " + e.getMessage());
        }
    }

    /** Quartz on this database, on standby until {@link #startSchedule}. */
    public QuartzDigestScheduler quartz() throws ConfigException {
        if (config.integer("schedule.threads") < 1) {
            throw new ConfigException("schedule.threads must be at least 1, got " + config.integer("schedule.threads"));
        }
        return QuartzDigestScheduler.open(QuartzSettings.of(Database.shared(config.string("db.url")), config.string("db.user"), password,
                config.integer("schedule.threads"), instanceId), channels, runs, clock);
    }

    /** Starts firing digests, the scheduled ingest of every source and upkeep; trains taste models in the background. */
    public void startSchedule(QuartzDigestScheduler quartz, ChatServices chat) throws ConfigException {
        SourceIngest ingestRuns = sources.ingest();
        quartz.start(chat.scheduled(), () -> metrics.ingested(ingestRuns.runScheduled()), Settings.ingestCron(config), Settings.zone(config, "schedule.ingest-zone"),
                Duration.ofSeconds(config.integer("schedule.tick-seconds")));
        // Taste models are trained in the background after reactions (and once now), so digests only rank.
        TasteRefresher started = new TasteRefresher(channels, planner, clock, TASTE_QUIET);
        feedback.onChange(started::changed);
        started.refreshAll();
        this.refresher = started;
    }

    /** A planner on this database that ranks as {@code config}'s {@code ranking.mode} says. */
    DigestPlanner planner(Config rankingConfig) throws ConfigException {
        return new DigestPlanner(candidatePool, tags, feedback, metrics.timed(Settings.ranker(rankingConfig, papers, tags, embeddings)),
                Duration.ofDays(rankingConfig.integer("digest.freshness-days")), new StoredFollows(channels, vocabulary));
    }

    public Config config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public ObjectMapper json() {
        return json;
    }

    public TagVocabulary vocabulary() {
        return vocabulary;
    }

    /** What a channel starts with ({@code digest.*} and {@code schedule.*} settings). */
    public ChannelSettings channelDefaults() {
        return channelDefaults;
    }

    public PaperStore papers() {
        return papers;
    }

    public TagStore tags() {
        return tags;
    }

    public ChannelStore channels() {
        return channels;
    }

    public DeliveryStore deliveries() {
        return deliveries;
    }

    public FeedbackService feedback() {
        return feedback;
    }

    public Tagger tagger() {
        return tagger;
    }

    public Optional<EmbeddingService> embeddings() {
        return embeddings;
    }

    /** Ingest through every listener: tags, vectors, the search index and the candidate pool. */
    public IngestService ingest() {
        return ingest;
    }

    public JsonPapers jsonPapers() {
        return jsonPapers;
    }

    public PaperFiles paperFiles() {
        return paperFiles;
    }

    public SearchService search() {
        return search;
    }

    public SearchIndexer searchIndexer() {
        return searchIndexer;
    }

    /** The paper sources (arXiv API, arXiv announce feed, Hugging Face Daily Papers) and their ingest. */
    public SourceIngest sources() {
        return sources.ingest();
    }

    /** The arXiv API on its own, to fetch papers by id. */
    public ArxivApiSource arxivApi() {
        return sources.arxivApi();
    }

    public Database database() {
        return database;
    }

    /** The meters {@code GET /metrics} shows. */
    BotMetrics metrics() {
        return metrics;
    }

    /** Reading lists in: each entry matched, fetched from arXiv by id or imported, then seeded in one transaction. */
    public LibrarySeeder librarySeeder() {
        return new LibrarySeeder(new LibraryMatcher(papers, ingest, LibraryMatcher.arxiv(arxivApi()), clock), feedback, clock);
    }

    /** A channel's saved, liked or delivered papers going back out as BibTeX, CSV or JSON lines. */
    public ChannelExport channelExport() {
        return new ChannelExport(channels, deliveries, feedback, papers, jsonPapers);
    }

    PaperIndex searchIndex() {
        return searchIndex;
    }


    @Override
    public void close() {
        if (refresher != null) {
            refresher.close();
        }
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Wiring.class).warn("closing failed: {}", e.toString());
            }
        }
    }
}
