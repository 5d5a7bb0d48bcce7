package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.search.PaperFilter;
import dev.paperboy.search.PaperTerms;
import dev.paperboy.tag.TagScore;
import java.util.BitSet;
import java.util.List;

/**
 * Which papers of one pool load match a follow or mute, worked out once per load and filter (the papers' terms
 * once per load), so planning reads bits: no search per candidate, no search per plan.
 */
final class FollowBits {

    private record TermsKey() {
    }

    private record BitsKey(PaperFilter filter) {
    }

    private static final TermsKey TERMS = new TermsKey();

    private FollowBits() {
    }

    /** The slots of {@code s} whose papers {@code filter} matches; shared, never to be changed. */
    static BitSet of(PoolSnapshot s, PaperFilter filter) {
        // Terms first, on their own: a derived value must not be made while another is being made (one map holds both).
        List<PaperTerms> terms = terms(s);
        return s.derived(new BitsKey(filter), snap -> {
            BitSet out = new BitSet(snap.papers.size());
            for (int i = 0; i < snap.papers.size(); i++) {
                if (filter.matches(terms.get(i), names(snap.tags.get(i)))) {
                    out.set(i);
                }
            }
            return out;
        });
    }

    /** Whether one paper, outside any pool load, matches {@code filter}. */
    static boolean matches(PaperFilter filter, Paper paper, List<TagScore> tags) {
        return filter.matches(PaperTerms.of(paper), names(tags));
    }

    /** Every paper's terms in {@code s}, made once per load. */
    static List<PaperTerms> terms(PoolSnapshot s) {
        return s.derived(TERMS, snap -> snap.papers.stream().map(PaperTerms::of).toList());
    }

    private static List<String> names(List<TagScore> tags) {
        return tags.stream().map(TagScore::tag).toList();
    }
}
