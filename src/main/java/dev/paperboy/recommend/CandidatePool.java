package dev.paperboy.recommend;

import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.Paper;
import dev.paperboy.search.PaperFilter;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fresh papers and their effective tags, held in memory so that planning a digest costs one small query (the
 * channel's deliveries) instead of a join over every fresh paper. A morning of 1,000 channels reads the fresh
 * papers once, not 1,000 times.
 *
 * <p>The pool reloads when it is told papers or tags changed (it listens to ingest, and {@link #watching} wraps
 * the tag store), when the freshness window has moved on by a day, and at the latest every
 * {@link #MAX_AGE}, which bounds how long another instance's ingest or a curator's tag on another instance takes
 * to show. Deliveries are never cached: they are read per plan, so a paper claimed by one digest is never
 * offered to the next.
 */
public final class CandidatePool implements IngestListener {

    /** How long a loaded pool is trusted without being told of a change. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** How far the freshness window may move on before the papers that fell out of it are dropped. */
    private static final Duration SLACK = Duration.ofDays(1);

    /**
     * A channel's candidates and their effective tags; with the pool, also where each candidate sits in it, so a
     * ranker can keep what it derives from the fresh papers (vectors, features) once per load instead of per plan.
     */
    public record Candidates(List<Paper> papers, Map<String, List<TagScore>> tags, Slots slots, Map<String, String> followed) {

        public Candidates(List<Paper> papers, Map<String, List<TagScore>> tags, Slots slots) {
            this(papers, tags, slots, Map.of());
        }
    }

    /** Where each candidate sits in one load of the pool ({@code indices[i]} for candidate {@code i}). */
    public record Slots(PoolSnapshot snapshot, int[] indices) {
    }

    private final CandidateStore store;
    private final TagStore tags;
    private final boolean inMemory;
    private final Object loading = new Object();
    private volatile PoolSnapshot snapshot;
    private volatile boolean changed = true;

    private CandidatePool(CandidateStore store, TagStore tags, boolean inMemory) {
        this.store = store;
        this.tags = tags;
        this.inMemory = inMemory;
    }

    /** The pool the bot uses: fresh papers in memory. */
    public static CandidatePool inMemory(CandidateStore store, TagStore tags) {
        return new CandidatePool(store, tags, true);
    }

    /** One SQL query per plan, nothing kept: the benchmark's baseline, and what the pool must agree with. */
    public static CandidatePool perQuery(CandidateStore store, TagStore tags) {
        return new CandidatePool(store, tags, false);
    }

    /**
     * Papers never delivered to the channel, published in {@code [since, now]}, carrying one of {@code tags} (any
     * paper when none), newest first, at most {@code limit}; with their effective tags.
     */
    public Candidates unseen(long channelId, Set<String> followed, Instant since, Instant now, int limit) {
        return unseen(channelId, followed, since, now, limit, Set.of());
    }

    /** As {@link #unseen(long, Set, Instant, Instant, int)}, leaving out the papers {@code excluded} names too. */
    public Candidates unseen(long channelId, Set<String> followed, Instant since, Instant now, int limit, Set<String> excluded) {
        return unseen(channelId, followed, Follows.NONE, since, now, limit, excluded);
    }

    /**
     * As {@link #unseen(long, Set, Instant, Instant, int, Set)}, with the channel's follows beside its tags (a paper
     * carrying a tag or matching a follow is a candidate) and its mutes (a paper matching one never is); each
     * candidate a follow brought in is named in {@link Candidates#followed} with that follow's reason.
     */
    public Candidates unseen(long channelId, Set<String> followed, Follows follows, Instant since, Instant now, int limit,
                             Set<String> excluded) {
        return unseen(channelId, followed, follows, FollowMeaning.wordsOnly(), since, now, limit, excluded);
    }

    /** As above, a follow with words also matching papers close to them in meaning ({@link FollowMeaning}). */
    public Candidates unseen(long channelId, Set<String> followed, Follows follows, FollowMeaning meaning, Instant since, Instant now,
                             int limit, Set<String> excluded) {
        if (!inMemory) {
            return perQuery(channelId, followed, follows, meaning, since, now, limit, excluded);
        }
        PoolSnapshot s = current(since);
        // Whatever rules a paper out is turned into slots first, so the scan below reads bits and numbers only and
        // touches no paper it does not keep. A day's margin on deliveries, so no clock difference between
        // instances can hide one.
        BitSet out = new BitSet(s.papers.size());
        s.mark(store.delivered(channelId, since.minus(SLACK)), out);
        s.mark(excluded, out);
        BitSet allowed = followed.isEmpty() ? null : s.carrying(followed);
        if (!follows.follows().isEmpty()) {
            allowed = allowed == null ? new BitSet(s.papers.size()) : allowed;
            for (PaperFilter follow : follows.follows()) {
                allowed.or(FollowBits.of(s, follow));
                allowed.or(meaning.of(s, follow));
            }
        }
        for (PaperFilter mute : follows.mutes()) {
            out.or(FollowBits.of(s, mute));
        }
        long from = since.getEpochSecond();
        long to = now.getEpochSecond();
        List<Paper> papers = new ArrayList<>();
        int[] indices = new int[Math.min(limit, s.papers.size())];
        for (int i = allowed == null ? 0 : allowed.nextSetBit(0); i >= 0 && i < s.papers.size() && papers.size() < limit;
             i = allowed == null ? i + 1 : allowed.nextSetBit(i + 1)) {
            long published = s.published[i];
            if (published < from || published == from && s.papers.get(i).published().isBefore(since)) {
                break; // newest first: the rest are older still
            }
            if (out.get(i) || published > to || published == to && s.papers.get(i).published().isAfter(now)) {
                continue;
            }
            indices[papers.size()] = i;
            papers.add(s.papers.get(i));
        }
        int[] slots = java.util.Arrays.copyOf(indices, papers.size());
        Map<String, String> reasons = new HashMap<>();
        // A follow's words in the paper say more than its meaning: every exact match is named before any by meaning.
        for (PaperFilter follow : follows.follows()) {
            BitSet bits = FollowBits.of(s, follow);
            for (int slot : slots) {
                if (bits.get(slot)) {
                    reasons.putIfAbsent(s.papers.get(slot).id(), follow.reason());
                }
            }
        }
        for (PaperFilter follow : follows.follows()) {
            BitSet bits = meaning.of(s, follow);
            for (int slot : slots) {
                if (bits.get(slot)) {
                    reasons.putIfAbsent(s.papers.get(slot).id(), follow.meaningReason());
                }
            }
        }
        return new Candidates(papers, s.tagsById, new Slots(s, slots), reasons);
    }

    /** The baseline without a pool: one SQL query, follows and mutes decided paper by paper. */
    private Candidates perQuery(long channelId, Set<String> followed, Follows follows, FollowMeaning meaning, Instant since, Instant now,
                                int limit, Set<String> excluded) {
        boolean anyPaper = !follows.follows().isEmpty();
        List<Paper> read = store.unseen(channelId, anyPaper ? Set.of() : followed, since, now,
                anyPaper || !follows.mutes().isEmpty() ? Integer.MAX_VALUE / 2 : limit + excluded.size());
        Map<String, List<TagScore>> paperTags = read.isEmpty() ? Map.of() : tags.effectiveTags(read.stream().map(Paper::id).toList());
        Map<String, String> reasons = new HashMap<>();
        List<Paper> papers = new ArrayList<>();
        for (Paper p : read) {
            List<TagScore> t = paperTags.getOrDefault(p.id(), List.of());
            if (excluded.contains(p.id()) || follows.mutes().stream().anyMatch(m -> FollowBits.matches(m, p, t))) {
                continue;
            }
            if (anyPaper) {
                var follow = follows.follows().stream().filter(f -> FollowBits.matches(f, p, t)).findFirst().map(PaperFilter::reason)
                        .or(() -> follows.follows().stream().filter(f -> meaning.matches(f, p, t)).findFirst().map(PaperFilter::meaningReason));
                follow.ifPresent(reason -> reasons.put(p.id(), reason));
                if (follow.isEmpty() && t.stream().noneMatch(score -> followed.contains(score.tag()))) {
                    continue;
                }
            }
            papers.add(p);
            if (papers.size() == limit) {
                break;
            }
        }
        return new Candidates(papers, paperTags, null, reasons);
    }

    /** The channel's delivered papers a model scored, newest first: what its bar is calibrated on. */
    public List<CandidateStore.ScoredDelivery> scoredDeliveries(long channelId, int limit) {
        return store.scoredDeliveries(channelId, limit);
    }

    /** How many papers published since {@code since} match {@code filter} (whether sent or not). */
    public int matching(PaperFilter filter, Instant since) {
        return matching(filter, FollowMeaning.wordsOnly(), since);
    }

    /** As above, counting papers {@code meaning} matches too (for a follow; a mute matches by its words only). */
    public int matching(PaperFilter filter, FollowMeaning meaning, Instant since) {
        PoolSnapshot s = current(since);
        BitSet bits = (BitSet) FollowBits.of(s, filter).clone();
        bits.or(meaning.of(s, filter));
        long from = since.getEpochSecond();
        int n = 0;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            n += s.published[i] >= from ? 1 : 0;
        }
        return n;
    }

    /** Marks the pool out of date; the next plan reloads it. */
    public void invalidate() {
        changed = true;
    }

    @Override
    public void ingested(List<Paper> papers, Map<String, List<String>> curatorTags) {
        invalidate();
    }

    /** The tag store, telling this pool whenever a paper's tags are written. */
    public TagStore watching(TagStore store) {
        return new TagStore() {
            @Override
            public void replaceMachineTags(String paperId, List<TagScore> scores) {
                store.replaceMachineTags(paperId, scores);
                invalidate();
            }

            @Override
            public void addHumanTags(String paperId, Collection<String> names) {
                store.addHumanTags(paperId, names);
                invalidate();
            }

            @Override
            public void setHumanTags(String paperId, Collection<String> names) {
                store.setHumanTags(paperId, names);
                invalidate();
            }

            @Override
            public Map<String, List<String>> humanTagged() {
                return store.humanTagged();
            }

            @Override
            public Map<String, List<TagScore>> effectiveTags(Collection<String> paperIds) {
                return store.effectiveTags(paperIds);
            }
        };
    }

    private PoolSnapshot current(Instant since) {
        PoolSnapshot s = snapshot;
        if (s != null && !changed && covers(s, since)) {
            return s;
        }
        synchronized (loading) {
            s = snapshot;
            if (s != null && !changed && covers(s, since)) {
                return s;
            }
            changed = false; // before reading: a change made during the load marks it out of date again
            List<Paper> papers = store.fresh(since);
            Map<String, List<TagScore>> paperTags = tags.effectiveTags(papers.stream().map(Paper::id).toList());
            s = new PoolSnapshot(since, System.nanoTime(), papers, paperTags);
            snapshot = s;
            return s;
        }
    }

    /** Whether {@code s} holds every paper from {@code from} on, is not too old, and does not carry too many stale papers. */
    private static boolean covers(PoolSnapshot s, Instant from) {
        return !from.isBefore(s.since) && Duration.between(s.since, from).compareTo(SLACK) <= 0
                && System.nanoTime() - s.loadedAt < MAX_AGE.toNanos();
    }
}
