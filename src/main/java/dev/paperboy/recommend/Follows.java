package dev.paperboy.recommend;

import dev.paperboy.search.PaperFilter;
import java.util.List;

/**
 * A channel's follows beyond its tags (authors, categories, words) and its mutes. A channel's candidates are the
 * papers carrying one of its tags or matching one of its follows (every paper, when it has neither); a paper
 * matching a mute never is one, whatever the ranker thinks of it.
 */
public record Follows(List<PaperFilter> follows, List<PaperFilter> mutes) {

    public static final Follows NONE = new Follows(List.of(), List.of());

    public Follows {
        follows = List.copyOf(follows);
        mutes = List.copyOf(mutes);
    }

    public boolean isEmpty() {
        return follows.isEmpty() && mutes.isEmpty();
    }

    /** Where a planner finds a channel's follows and mutes. */
    public interface Lookup {

        Lookup NONE = channelId -> Follows.NONE;

        Follows of(long channelId);
    }
}
