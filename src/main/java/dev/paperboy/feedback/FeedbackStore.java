package dev.paperboy.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Where feedback lives: every signal as it came, and each channel's seeds. */
public interface FeedbackStore {

    void record(Signal signal);

    /** Records a signal the platform named {@code eventId}; false when that event was recorded before (a retried delivery). */
    default boolean record(Signal signal, java.util.Optional<String> eventId) {
        record(signal);
        return true;
    }

    /** A channel's signals, oldest first. */
    List<Signal> signals(long channelId);

    /** Adds a seed; false when the channel already had it. */
    boolean addSeed(long channelId, String paperId, String source, Instant at);

    Set<String> seeds(long channelId);

    /** Removes a seed; false when the channel did not have it. */
    boolean removeSeed(long channelId, String paperId);

    /** Forgets everything the channel's members said (signals) and its seeds. */
    void forget(long channelId);

    /**
     * Adds many seeds at once, all or none (a reading list is never half seeded); returns how many the channel
     * did not have yet.
     */
    int addSeeds(long channelId, java.util.Collection<String> paperIds, String source, Instant at);
}
