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
