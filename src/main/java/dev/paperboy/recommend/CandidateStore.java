package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.Set;
import java.util.List;

/** Reads the papers a channel has never been sent. */
public interface CandidateStore {

    /**
     * Papers never delivered to the channel, published at or after {@code since}, carrying at least one of
     * {@code tags} (any paper when {@code tags} is empty), newest first, at most {@code limit}.
     */
    List<Paper> unseen(long channelId, Set<String> tags, Instant since, int limit);
}
