package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Reads the papers a channel may be sent. */
public interface CandidateStore {

    /**
     * Papers never delivered to the channel, published in {@code [since, until]}, carrying at least one of
     * {@code tags} (any paper when {@code tags} is empty), newest first, at most {@code limit}: one query per plan.
     */
    List<Paper> unseen(long channelId, Set<String> tags, Instant since, Instant until, int limit);

    /** Every paper published at or after {@code since}, newest first: what {@link CandidatePool} keeps in memory. */
    List<Paper> fresh(Instant since);

    /**
     * The ids of the papers delivered (or claimed for delivery) to the channel at or after {@code since}: a paper
     * published since then cannot have been delivered before it, so older deliveries need not be read.
     */
    Set<String> delivered(long channelId, Instant since);

    /** A paper delivered to a channel with the learned ranker's score of it when it was picked. */
    record ScoredDelivery(String paperId, double score, Instant deliveredAt) {
    }

    /**
     * The channel's delivered papers that a taste model scored when they were picked (not refused), newest first, at
     * most {@code limit}: what its bar is calibrated on.
     */
    List<ScoredDelivery> scoredDeliveries(long channelId, int limit);
}
