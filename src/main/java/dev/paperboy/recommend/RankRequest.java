package dev.paperboy.recommend;

import dev.paperboy.feedback.Opinion;
import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a ranker may use to order a channel's candidates. {@code slots}, when not null, says where each
 * candidate sits in the candidate pool, so a ranker may reuse what it derived from the pool. {@code spares} more picks
 * may follow the {@code size} a digest posts, best first, to stand in for papers a digest running alongside claims:
 * the digest's own mix (its wildcards) is made within {@code size}, never left among the spares.
 */
public record RankRequest(
        long channelId,
        Set<String> subscribedTags,
        List<Paper> candidates,
        Map<String, List<TagScore>> tags,
        Map<String, Opinion> opinions,
        Set<String> seeds,
        int size,
        Instant now,
        CandidatePool.Slots slots,
        int spares) {

    public RankRequest {
        if (size < 0 || spares < 0) {
            throw new IllegalArgumentException("size and spares must not be negative: " + size + ", " + spares);
        }
    }

    /** A request without spares. */
    public RankRequest(long channelId, Set<String> subscribedTags, List<Paper> candidates, Map<String, List<TagScore>> tags,
                       Map<String, Opinion> opinions, Set<String> seeds, int size, Instant now, CandidatePool.Slots slots) {
        this(channelId, subscribedTags, candidates, tags, opinions, seeds, size, now, slots, 0);
    }

    /** The digest's picks and its spares: how many a ranker returns at most. */
    public int wanted() {
        return size + spares;
    }

    /** A request for papers that are not (all) in the candidate pool, such as {@code /papers why} of any paper. */
    public RankRequest(long channelId, Set<String> subscribedTags, List<Paper> candidates, Map<String, List<TagScore>> tags,
                       Map<String, Opinion> opinions, Set<String> seeds, int size, Instant now) {
        this(channelId, subscribedTags, candidates, tags, opinions, seeds, size, now, null, 0);
    }
}
