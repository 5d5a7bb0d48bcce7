package dev.paperboy.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.channel.ChannelExport;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.channel.DigestScheduler;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.channel.SearchReplies;
import dev.paperboy.channel.StoredFollows;
import dev.paperboy.channel.Sleeper;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.LibrarySeeder;
import dev.paperboy.ops.BotMetrics;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.paper.library.LibraryMatcher;
import dev.paperboy.paper.source.ArxivApiSource;
import dev.paperboy.paper.source.PoliteHttp;
import dev.paperboy.paper.source.SourceIngest;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.FollowMeaning;
import dev.paperboy.schedule.DigestTicker;
import dev.paperboy.schedule.QuartzDigestScheduler;
import dev.paperboy.schedule.ScheduledDigests;
import dev.paperboy.schedule.TickScheduler;
import dev.paperboy.search.PaperIndex;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.search.SearchService;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcEmbeddingStore;
import dev.paperboy.store.JdbcSourceRunStore;
import dev.paperboy.store.JdbcSummaryStore;
import dev.paperboy.summary.Summarizer;
import dev.paperboy.tag.TagCorrections;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.Tagger;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Builds Paperboy's object graph by hand, from config ({@link CheckedSettings}, all read before anything opens) and
 * a clock, out of purpose parts: {@link Stores} (the database and the ports on it), {@link SearchParts},
 * {@link IngestParts} (how papers come in), {@link Sources}, the summarizer and {@link ScheduleParts} (this process's
 * part in the schedule); it hands out what callers use through accessors, and the chat-facing services as one
 * {@link ChatServices} record once an adapter exists. Starting work in the background (the search index rebuild, the
 * schedule) is an explicit call of the command that wants it. A failure half way through closes what was opened.
 */
public final class Wiring implements AutoCloseable {

    /** The services an adapter talks to. */
    public record ChatServices(CommandHandler commands, ReactionService reactions, DigestService digests, DigestTicker ticker,
                               ScheduledDigests scheduled) {
    }

    private final Config config;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();
    /** What close() closes, most recently opened first. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final BotMetrics metrics = new BotMetrics();
    private final CheckedSettings settings;
    private final Stores stores;
    private final Optional<EmbeddingService> embeddings;
    private final SearchParts search;
    private final IngestParts intake;
    private final Summarizer summarizer;
    private final DigestPlanner planner;
    private final Sources.Built sources;
    private final ScheduleParts schedule;

    private Wiring(Config config, Clock clock, boolean besideBot) throws ConfigException, IOException {
        this.config = config;
        this.clock = clock;
        this.settings = CheckedSettings.read(config, clock);
        opened.push(metrics);
        try {
            this.stores = Stores.open(config, clock, settings.password(), metrics);
            opened.push(stores);
            this.embeddings = config.bool("embed.enabled")
                    ? Optional.of(new EmbeddingService(new MiniLmEmbedder(config.integer("embed.threads")),
                            new JdbcEmbeddingStore(stores.database().dataSource())))
                    : Optional.empty();
            Tagger tagger = Settings.tagger(config, vocabulary(), embeddings, stores.tags()::humanTagged, stores.papers()::findAll);
            this.search = SearchParts.open(config, besideBot, stores, new SearchParts.VocabularyTagLookup(stores.tags(), vocabulary()), embeddings);
            opened.push(search);
            search.service().onSearch(metrics::searched);
            stores.feedback().onChange(metrics::feedbackRecorded);
            this.intake = IngestParts.build(clock, json, vocabulary(), stores, tagger, embeddings, search.indexer());
            this.summarizer = settings.summarizerOver().apply(new SummaryWiring.Stores(new JdbcSummaryStore(stores.database().dataSource()),
                    stores.papers()));
            this.planner = planner(config);
            this.sources = Sources.build(config, clock, json, intake.ingest(), new JdbcSourceRunStore(stores.database().dataSource()),
                    PoliteHttp.Sleeper.REAL);
            opened.push(sources::close);
            this.schedule = new ScheduleParts(config, clock, settings.password(), stores, metrics, sources);
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

    /** Chat services on a planner of the caller's, as the evaluations compare ranking modes on one database. */
    ChatServices chat(ChatGateway gateway, Optional<Duration> grace, DigestScheduler scheduler, DigestPlanner planner) {
        DigestService digests = new DigestService(planner, summarizer, gateway, deliveries(), channels(), settings.retry(), Sleeper.REAL);
        CommandHandler commands = new CommandHandler(channels(), settings.channelDefaults(), vocabulary(), papers(), feedback(), planner,
                digests, scheduler, new SearchReplies(search(), settings.searchResults()), clock, new TagCorrections(tags(), tagger()),
                settings.commandLimits(), librarySeeder(), channelExport(), sources.ingest()::fetching);
        ReactionService reactions = new ReactionService(deliveries(), feedback(), clock);
        ScheduledDigests scheduled = schedule.digests(digests, scheduler, grace);
        return new ChatServices(commands, reactions, digests, new DigestTicker(channels(), stores.runs(), scheduled), scheduled);
    }

    /**
     * Rebuilds the search index in the background when it is missing, was built by another version or holds a
     * different number of papers; searches meanwhile answer from the old one. The bot and the console call it.
     */
    public void startSearchRebuild() {
        search.indexer().rebuildInBackgroundIfStale();
    }

    /**
     * Keeps this instance's search index in step with the database every {@code search.catch-up-seconds}: papers and
     * tags changed by any process (another instance, a curator's correction, the command line) become searchable here.
     */
    public void startSearchCatchUp() throws ConfigException {
        search.startCatchUp(config);
    }

    /** Quartz on this database, on standby until {@link #startSchedule}. */
    public QuartzDigestScheduler quartz() throws ConfigException {
        return schedule.quartz();
    }

    /** Starts firing digests, the scheduled ingest of every source and upkeep; trains taste models in the background. */
    public void startSchedule(QuartzDigestScheduler quartz, ChatServices chat) throws ConfigException {
        schedule.start(quartz, chat.scheduled(), planner);
    }

    /** A planner on this database that ranks as {@code config}'s {@code ranking.mode} says. */
    DigestPlanner planner(Config rankingConfig) throws ConfigException {
        return new DigestPlanner(stores.candidatePool(), tags(), feedback(), metrics.timed(Settings.ranker(rankingConfig, papers(), tags(),
                embeddings)), Duration.ofDays(rankingConfig.integer("digest.freshness-days")), new StoredFollows(channels(), vocabulary()),
                new FollowMeaning(embeddings, FollowMeaning.THRESHOLD));
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
        return settings.vocabulary();
    }

    /** What a channel starts with ({@code digest.*} and {@code schedule.*} settings). */
    public ChannelSettings channelDefaults() {
        return settings.channelDefaults();
    }

    public PaperStore papers() {
        return stores.papers();
    }

    public TagStore tags() {
        return stores.tags();
    }

    public ChannelStore channels() {
        return stores.channels();
    }

    public DeliveryStore deliveries() {
        return stores.deliveries();
    }

    public FeedbackService feedback() {
        return stores.feedback();
    }

    public Tagger tagger() {
        return intake.tagger();
    }

    public Optional<EmbeddingService> embeddings() {
        return embeddings;
    }

    /** Ingest through every listener: tags, vectors, the search index and the candidate pool. */
    public IngestService ingest() {
        return intake.ingest();
    }

    public JsonPapers jsonPapers() {
        return intake.jsonPapers();
    }

    public PaperFiles paperFiles() {
        return intake.paperFiles();
    }

    public SearchService search() {
        return search.service();
    }

    public SearchIndexer searchIndexer() {
        return search.indexer();
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
        return stores.database();
    }

    /** The meters {@code GET /metrics} shows. */
    BotMetrics metrics() {
        return metrics;
    }

    /** Reading lists in: each entry matched, fetched from arXiv by id or imported, then seeded in one transaction. */
    public LibrarySeeder librarySeeder() {
        return new LibrarySeeder(new LibraryMatcher(papers(), ingest(), LibraryMatcher.arxiv(arxivApi()), clock), feedback(), clock);
    }

    /** A channel's saved, liked or delivered papers going back out as BibTeX, CSV or JSON lines. */
    public ChannelExport channelExport() {
        return new ChannelExport(channels(), deliveries(), feedback(), papers(), jsonPapers());
    }

    PaperIndex searchIndex() {
        return search.index();
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.close();
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
