package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One load of the {@link CandidatePool}: the fresh papers as read at one moment, newest first, indexed by slot
 * (publication times, tags, which papers carry each tag) so a plan scans bits and numbers, and holding what rankers
 * and follows derive from the load until the pool reloads. When a load is trusted is the pool's business.
 */
public final class PoolSnapshot {

    final Instant since;
    final long loadedAt;
    final List<Paper> papers;
    final List<List<TagScore>> tags;
    final Map<String, BitSet> byTag = new HashMap<>();
    /** Publication times in epoch seconds, by slot, so a scan need not open the papers. */
    final long[] published;
    final Map<String, Integer> slotOf;
    /** Every paper's effective tags by id, read through the slots (no map built per plan). */
    final Map<String, List<TagScore>> tagsById;
    private final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    PoolSnapshot(Instant since, long loadedAt, List<Paper> papers, Map<String, List<TagScore>> paperTags) {
        this.since = since;
        this.loadedAt = loadedAt;
        this.papers = List.copyOf(papers);
        this.tags = new ArrayList<>(papers.size());
        this.published = new long[papers.size()];
        this.slotOf = new HashMap<>(papers.size() * 2);
        for (int i = 0; i < papers.size(); i++) {
            published[i] = papers.get(i).published().getEpochSecond();
            slotOf.put(papers.get(i).id(), i);
            List<TagScore> t = List.copyOf(paperTags.getOrDefault(papers.get(i).id(), List.of()));
            tags.add(t);
            for (TagScore score : t) {
                byTag.computeIfAbsent(score.tag(), k -> new BitSet(papers.size())).set(i);
            }
        }
        this.tagsById = new java.util.AbstractMap<>() {
            @Override
            public List<TagScore> get(Object id) {
                Integer slot = slotOf.get(id);
                return slot == null ? null : tags.get(slot);
            }

            @Override
            public boolean containsKey(Object id) {
                return slotOf.containsKey(id);
            }

            @Override
            public Set<Entry<String, List<TagScore>>> entrySet() {
                Map<String, List<TagScore>> all = new java.util.LinkedHashMap<>();
                for (int i = 0; i < PoolSnapshot.this.papers.size(); i++) {
                    all.put(PoolSnapshot.this.papers.get(i).id(), tags.get(i));
                }
                return java.util.Collections.unmodifiableMap(all).entrySet();
            }
        };
    }

    /** Sets the slots of the papers named (those not in this load are ignored). */
    void mark(Set<String> ids, BitSet out) {
        for (String id : ids) {
            Integer slot = slotOf.get(id);
            if (slot != null) {
                out.set(slot);
            }
        }
    }

    /** The papers of this load, newest first; a slot is an index into this list. */
    public List<Paper> papers() {
        return papers;
    }

    /** The effective tags of each paper of this load, by slot. */
    public List<List<TagScore>> tags() {
        return tags;
    }

    /**
     * What a ranker derives from this load's papers, made once by {@code make} and kept until the pool reloads.
     * Rankers use a key of their own, so two never share an entry by accident.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<PoolSnapshot, T> make) {
        Object value = derived.get(key);
        if (value == null) {
            synchronized (derived) {
                value = derived.computeIfAbsent(key, k -> make.apply(this));
            }
        }
        return (T) value;
    }

    BitSet carrying(Set<String> followed) {
        BitSet out = new BitSet(papers.size());
        for (String tag : followed) {
            BitSet b = byTag.get(tag);
            if (b != null) {
                out.or(b);
            }
        }
        return out;
    }
}
