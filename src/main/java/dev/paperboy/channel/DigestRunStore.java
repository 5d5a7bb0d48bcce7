package dev.paperboy.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled digests' runs, keyed by (channel, fire time). The key is unique, so a fire time is claimed once
 * whatever runs concurrently; every change of an open run names its owner, so a process that lost its lease
 * changes nothing.
 */
public interface DigestRunStore {

    /** Claims the fire time for {@code owner} until {@code leaseUntil}; false when it was claimed before. */
    boolean claim(long channelId, Instant fireTime, String owner, Instant now, Instant leaseUntil);

    /** Records a fire time that will not be posted, and why; false when it was claimed before. */
    boolean skip(long channelId, Instant fireTime, String note, Instant now);

    Optional<DigestRun> find(long channelId, Instant fireTime);

    /** Extends the owner's lease; false when the run is no longer the owner's or no longer open. */
    boolean renew(long channelId, Instant fireTime, String owner, Instant leaseUntil);

    /** Marks the header's post as attempted. */
    void sending(long channelId, Instant fireTime, String owner);

    void headerPosted(long channelId, Instant fireTime, String owner, String messageId);

    /** Counts a posted paper, and settles it. */
    void paperPosted(long channelId, Instant fireTime, String owner);

    /** Just before a paper's post: until settled, the run records the paper as in doubt. */
    void paperSending(long channelId, Instant fireTime, String owner, String paperId);

    /** The in-doubt paper is settled (certainly not posted, or refused). */
    void paperSettled(long channelId, Instant fireTime, String owner);

    /** Ends the run. */
    void finish(long channelId, Instant fireTime, String owner, DigestRun.State state, String note, Instant now);

    /**
     * Gives an open run back for another try: anyone may take it over from {@code retryAt}. A run whose header
     * certainly was not posted goes back to {@code PENDING}.
     */
    void release(long channelId, Instant fireTime, String owner, boolean headerUnsent, Instant retryAt, String note);

    /** Open runs whose lease has lapsed at {@code now}: their process died, or gave them back to try later. */
    default List<DigestRun> stalled(Instant now) {
        return stalled(now, Instant.EPOCH);
    }

    /**
     * The same, and also the open runs whose owner has left the scheduler cluster (Quartz found it dead and removed
     * it) and whose lease ends at or before {@code orphanLease}, i.e. that it has not renewed for a while: a killed
     * process's runs are finished in seconds rather than a lease later.
     */
    List<DigestRun> stalled(Instant now, Instant orphanLease);

    /** Takes over a stalled run; false when it was not stalled any more (another process took it first). */
    default boolean takeOver(long channelId, Instant fireTime, String owner, Instant now, Instant leaseUntil) {
        return takeOver(channelId, fireTime, owner, now, leaseUntil, Instant.EPOCH);
    }

    /** Takes over a run stalled in the sense of {@link #stalled(Instant, Instant)}. */
    boolean takeOver(long channelId, Instant fireTime, String owner, Instant now, Instant leaseUntil, Instant orphanLease);

    /** Ends a stalled run without taking it over (too late to post); false when another process got to it first. */
    boolean closeStalled(long channelId, Instant fireTime, DigestRun.State state, String note, Instant now);

    /** The latest fire time claimed or skipped for the channel. */
    Optional<Instant> lastRun(long channelId);
}
