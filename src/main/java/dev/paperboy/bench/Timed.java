package dev.paperboy.bench;

import dev.paperboy.embed.Embedder;
import dev.paperboy.feedback.FeedbackStore;
import dev.paperboy.feedback.Signal;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperExtras;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.recommend.CandidateStore;
import dev.paperboy.recommend.Pick;
import dev.paperboy.recommend.RankRequest;
import dev.paperboy.recommend.Ranker;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decorators that time the real ports and the ranker into {@link Stopwatches}, so a benchmark reports where each
 * operation's time went (SQL, tags, ranking …) while running exactly the code the bot runs.
 */
public final class Timed {

    private Timed() {
    }

    /** The planner's candidate queries: per plan, or the pool's loads. */
    public static CandidateStore candidates(CandidateStore store, Stopwatches watch) {
        return new CandidateStore() {
            @Override
            public List<Paper> unseen(long channelId, Set<String> tags, Instant since, Instant until, int limit) {
                return watch.time("candidates (SQL)", () -> store.unseen(channelId, tags, since, until, limit));
            }

            @Override
            public List<Paper> fresh(Instant since) {
                return watch.time("fresh papers into the pool (SQL)", () -> store.fresh(since));
            }

            @Override
            public Set<String> delivered(long channelId, Instant since) {
                return watch.time("deliveries (SQL)", () -> store.delivered(channelId, since));
            }

            @Override
            public List<ScoredDelivery> scoredDeliveries(long channelId, int limit) {
                return watch.time("scored deliveries (SQL)", () -> store.scoredDeliveries(channelId, limit));
            }
        };
    }

    /** The channel's follows and mutes, read per plan. */
    public static dev.paperboy.recommend.Follows.Lookup follows(dev.paperboy.recommend.Follows.Lookup lookup, Stopwatches watch) {
        return channelId -> watch.time("follows and mutes (SQL)", () -> lookup.of(channelId));
    }

    /** Reads of paper tags, and the machine's tags written on ingest. */
    public static TagStore tags(TagStore store, Stopwatches watch) {
        return new TagStore() {
            @Override
            public void replaceMachineTags(String paperId, List<TagScore> tags) {
                watch.time("tag rows (SQL)", () -> store.replaceMachineTags(paperId, tags));
            }

            @Override
            public void addHumanTags(String paperId, Collection<String> tags) {
                store.addHumanTags(paperId, tags);
            }

            @Override
            public void setHumanTags(String paperId, Collection<String> tags) {
                store.setHumanTags(paperId, tags);
            }

            @Override
            public Map<String, List<String>> humanTagged() {
                return store.humanTagged();
            }

            @Override
            public Map<String, List<TagScore>> effectiveTags(Collection<String> paperIds) {
                return watch.time("paper tags (SQL)", () -> store.effectiveTags(paperIds));
            }
        };
    }

    /** Reads of a channel's feedback signals and seeds. */
    public static FeedbackStore feedback(FeedbackStore store, Stopwatches watch) {
        return new FeedbackStore() {
            @Override
            public void record(Signal signal) {
                store.record(signal);
            }

            @Override
            public List<Signal> signals(long channelId) {
                return watch.time("feedback (SQL)", () -> store.signals(channelId));
            }

            @Override
            public boolean addSeed(long channelId, String paperId, String source, Instant at) {
                return store.addSeed(channelId, paperId, source, at);
            }

            @Override
            public int addSeeds(long channelId, java.util.Collection<String> paperIds, String source, Instant at) {
                return store.addSeeds(channelId, paperIds, source, at);
            }

            @Override
            public Set<String> seeds(long channelId) {
                return watch.time("feedback (SQL)", () -> store.seeds(channelId));
            }

            @Override
            public boolean removeSeed(long channelId, String paperId) {
                return store.removeSeed(channelId, paperId);
            }

            @Override
            public void forget(long channelId) {
                store.forget(channelId);
            }
        };
    }

    /** The ranker, with everything it reads itself. */
    public static Ranker ranker(Ranker ranker, Stopwatches watch) {
        return new Ranker() {
            @Override
            public List<Pick> rank(RankRequest request) {
                watch.count("candidates", request.candidates().size());
                return watch.time("ranker", () -> ranker.rank(request));
            }

            @Override
            public void prepare(RankRequest request) {
                watch.time("ranker prepare", () -> ranker.prepare(request));
            }

            @Override
            public List<Pick> explain(RankRequest request) {
                return ranker.explain(request);
            }
        };
    }

    /** The sentence model itself. */
    public static Embedder embedder(Embedder embedder, Stopwatches watch) {
        return new Embedder() {
            @Override
            public String model() {
                return embedder.model();
            }

            @Override
            public int dimension() {
                return embedder.dimension();
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return watch.time("embedding model", () -> embedder.embedAll(texts));
            }
        };
    }

    /** Paper rows: the upserts and reads of ingest. */
    public static PaperStore papers(PaperStore store, Stopwatches watch) {
        return new PaperStore() {
            @Override
            public Outcome upsert(Paper paper) {
                return watch.time("paper rows (SQL)", () -> store.upsert(paper));
            }

            @Override
            public Optional<Paper> find(String id) {
                return watch.time("paper rows (SQL)", () -> store.find(id));
            }

            @Override
            public List<Paper> findAll(Collection<String> ids) {
                return watch.time("paper rows (SQL)", () -> store.findAll(ids));
            }

            @Override
            public long count() {
                return store.count();
            }

            @Override
            public void mergeExtras(PaperExtras extras) {
                watch.time("paper rows (SQL)", () -> store.mergeExtras(extras));
            }

            @Override
            public Optional<PaperExtras> extras(String id) {
                return store.extras(id);
            }

            @Override
            public List<String> ids() {
                return store.ids();
            }
        };
    }

    /**
     * An ingest listener (tagging, embedding …), under its own stage name; what it prepares ahead, on ingest's
     * background thread, under "… ahead (overlapped)", which is not part of the end-to-end time's sum.
     */
    public static IngestListener listener(String stage, IngestListener listener, Stopwatches watch) {
        return new IngestListener() {
            @Override
            public void ingested(List<Paper> papers, Map<String, List<String>> curatorTags) {
                watch.time(stage, () -> listener.ingested(papers, curatorTags));
            }

            @Override
            public void prepare(List<Paper> papers) {
                watch.time(stage + " ahead (overlapped)", () -> listener.prepare(papers));
            }

            @Override
            public void finished() {
                watch.time(stage, listener::finished);
            }
        };
    }
}
