package dev.paperboy.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * What was sent where. A delivery row is the claim that a paper goes to a channel: its unique key makes a
 * second claim fail, so a paper reaches a channel at most once whatever runs concurrently.
 */
public interface DeliveryStore {

    /** Claims the paper for the channel; false when it was claimed before. */
    boolean claim(long channelId, String paperId, Instant at);

    /** Gives a claim back after the post failed, so the paper stays unread. */
    void release(long channelId, String paperId);

    /**
     * Keeps the claim of a paper the platform refused for good, and says why: no digest of the channel plans it
     * again, and it does not count as delivered.
     */
    void refuse(long channelId, String paperId, String reason);

    /**
     * Keeps a reaction on a message that is not a recorded paper message (yet: its post may not have returned):
     * recording the message as a paper's turns it into feedback. False when {@code eventId} was kept before.
     */
    boolean keepPending(ChannelRef channel, String messageId, String userId, String emoji, boolean removed, Instant at,
                        Optional<String> eventId, Instant now);

    /** Turns the reactions kept for a message into its paper's feedback; recording a paper message does it too. */
    void adoptPending(long channelId, String messageId, String paperId);

    /**
     * Keeps what the learned ranker said of a claimed paper when it was picked: its ranking score (NaN: no taste model
     * ranked it) and the calibrated likelihood it was posted with, so the channel's bar learns from how such papers fared.
     */
    void recordScore(long channelId, String paperId, double score, double likelihood);

    /** Records a posted message, and which paper it carries (null for a header). */
    void recordMessage(long channelId, String messageId, String paperId, String kind, Instant at);

    Optional<String> paperOfMessage(long channelId, String messageId);

    /** The channel and paper of a paper message, found from the channel's chat reference in one read. */
    record PaperMessage(long channelId, String paperId) {
    }

    /** Empty when the channel is unknown or the message is not one of its paper messages. */
    Optional<PaperMessage> paperMessage(ChannelRef channel, String messageId);

    /** The papers delivered to the channel, newest first. */
    java.util.List<String> delivered(long channelId);

    /** Every recorded message id on a platform, so an adapter that makes its own ids never reuses one. */
    java.util.List<String> messageIds(String platform);
}
