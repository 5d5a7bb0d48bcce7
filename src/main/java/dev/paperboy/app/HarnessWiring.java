package dev.paperboy.app;

import dev.paperboy.bench.BenchBackend;
import dev.paperboy.bench.BenchServices;
import dev.paperboy.bench.ReactionBench;
import dev.paperboy.bench.Stopwatches;
import dev.paperboy.bench.Timed;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.chat.console.SessionClock;
import dev.paperboy.embed.Embedder;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.eval.BotServices;
import dev.paperboy.feedback.EmojiMeanings;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.LibrarySeeder;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.recommend.CandidatePool;
import dev.paperboy.channel.StoredFollows;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.FollowMeaning;
import dev.paperboy.recommend.Follows;
import dev.paperboy.schedule.TickScheduler;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.store.InsertLoop;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.store.JdbcEmbeddingStore;
import dev.paperboy.store.JdbcFeedbackStore;
import dev.paperboy.store.JdbcPaperStore;
import dev.paperboy.store.JdbcSearchCorpus;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.Tagger;
import dev.paperboy.tag.TaggingListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The wiring as the {@code bench} and {@code eval} harnesses see it: narrow views of one {@link Wiring} on a
 * session clock, and the same parts built again with stopwatches where a benchmark says where its time goes.
 */
final class HarnessWiring implements BenchBackend, BotServices {

    private final Wiring app;
    private final SessionClock clock;
    private final int digestSize;
    private final int freshnessDays;
    private final int embedThreads;

    private HarnessWiring(Wiring app, SessionClock clock) throws ConfigException {
        this.app = app;
        this.clock = clock;
        this.digestSize = app.config().integer("digest.size");
        this.freshnessDays = app.config().integer("digest.freshness-days");
        this.embedThreads = app.config().integer("embed.threads");
    }

    /** What a harness does with the wiring; returns the exit code. */
    @FunctionalInterface
    interface Run {
        int run(HarnessWiring harness) throws Exception;
    }

    /** Opens the wiring of {@code config} on a session clock (at {@code start}, when given), runs, and closes it. */
    static int run(Config config, Optional<Instant> start, Run run) throws Exception {
        SessionClock clock = new SessionClock(Clock.systemUTC());
        start.ifPresent(clock::advanceTo);
        try (Wiring app = Wiring.open(config, clock)) {
            return run.run(new HarnessWiring(app, clock));
        }
    }

    /** A fresh in-memory database, as the evaluations run on. */
    static Config inMemory(Config config) throws ConfigException {
        return config.with("db.url", "jdbc:h2:mem:eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    public BenchServices services() {
        return new BenchServices(app.ingest(), app.papers(), app.tags(), app.channels(), app.deliveries(), app.feedback(),
                new ReactionService(app.deliveries(), app.feedback(), clock), app.embeddings(),
                new JdbcEmbeddingStore(app.database().dataSource()), app.channelDefaults(), clock::advanceTo);
    }

    @Override
    public PaperFiles paperFiles() {
        return app.paperFiles();
    }

    @Override
    public JsonPapers jsonPapers() {
        return app.jsonPapers();
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int freshnessDays() {
        return freshnessDays;
    }

    @Override
    public DigestPlanner timedPlanner(String mode, Stopwatches watch) throws ConfigException {
        var ds = app.database().dataSource();
        Config config = app.config();
        // "learned+follows": the same ranking, planning with each channel's stored follows and mutes as the bot does.
        boolean follows = mode.contains("+follows");
        String ranking = mode.replace("+follows", "").replaceFirst("@.*", "");
        FeedbackService feedback = new FeedbackService(Timed.feedback(new JdbcFeedbackStore(ds), watch),
                new EmojiMeanings(config.list("feedback.positive"), config.list("feedback.negative"), config.list("feedback.save")));
        var candidates = Timed.candidates(new JdbcCandidateStore(ds), watch);
        var tags = Timed.tags(app.tags(), watch);
        CandidatePool pool = mode.endsWith("@per-query") ? CandidatePool.perQuery(candidates, tags) : CandidatePool.inMemory(candidates, tags);
        // The ranker reads through untimed stores, so its own reads count once, in its own time.
        return new DigestPlanner(pool, tags, feedback,
                Timed.ranker(Settings.ranker(config.with("ranking.mode", ranking), app.papers(), app.tags(), app.embeddings()), watch),
                Duration.ofDays(config.integer("digest.freshness-days")),
                follows ? Timed.follows(new StoredFollows(app.channels(), app.vocabulary()), watch) : Follows.Lookup.NONE,
                follows ? new FollowMeaning(app.embeddings(), FollowMeaning.THRESHOLD) : FollowMeaning.wordsOnly());
    }

    @Override
    public Embedder newModel() throws java.io.IOException {
        return new MiniLmEmbedder(embedThreads);
    }

    @Override
    public IngestService timedIngest(Embedder model, Stopwatches watch) throws ConfigException, java.io.IOException {
        var ds = app.database().dataSource();
        EmbeddingService embeddings = new EmbeddingService(Timed.embedder(model, watch), new JdbcEmbeddingStore(ds));
        TagStore tags = Timed.tags(app.tags(), watch);
        Tagger tagger = Settings.tagger(app.config(), app.vocabulary(), Optional.of(embeddings), tags::humanTagged, app.papers()::findAll);
        SearchIndexer indexer = new SearchIndexer(app.searchIndex(), new JdbcSearchCorpus(ds, new JdbcPaperStore(ds, clock)),
                new SearchParts.VocabularyTagLookup(tags, app.vocabulary()), Optional.of(embeddings));
        List<IngestListener> listeners = List.of(
                Timed.listener("tagging (with the model)", new TaggingListener(tagger, tags, app.vocabulary()), watch),
                Timed.listener("embed listener", new IngestParts.EmbedOnIngest(embeddings), watch),
                Timed.listener("search index (Lucene)", indexer, watch));
        return new IngestService(Timed.papers(app.papers(), watch), listeners, clock);
    }

    @Override
    public ReactionBench.InsertLoop insertLoop(long channelId, String paperId) {
        InsertLoop loop = new InsertLoop(app.database().dataSource());
        return n -> loop.reactions(channelId, paperId, n);
    }

    @Override
    public int h2WriteDelay() {
        return new InsertLoop(app.database().dataSource()).h2WriteDelay();
    }

    @Override
    public IngestService ingest() {
        return app.ingest();
    }

    @Override
    public ChannelStore channels() {
        return app.channels();
    }

    @Override
    public ChannelSettings channelDefaults() {
        return app.channelDefaults();
    }

    @Override
    public FeedbackService feedback() {
        return app.feedback();
    }

    @Override
    public LibrarySeeder librarySeeder() {
        return app.librarySeeder();
    }

    @Override
    public TagStore tags() {
        return app.tags();
    }

    @Override
    public Optional<EmbeddingService> embeddings() {
        return app.embeddings();
    }

    @Override
    public Mode mode(String rankingMode, ChatGateway gateway) throws ConfigException {
        DigestPlanner planner = app.planner(app.config().with("ranking.mode", rankingMode));
        Wiring.ChatServices chat = app.chat(gateway, Optional.empty(), new TickScheduler(clock), planner);
        return new Mode(planner, chat.commands(), chat.digests(), chat.reactions());
    }

    @Override
    public void advanceTo(Instant at) {
        clock.advanceTo(at);
    }
}
