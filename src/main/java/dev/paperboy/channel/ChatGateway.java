package dev.paperboy.channel;

import java.util.Optional;

/** Posts to a chat platform. Each adapter implements it; the core never sees a platform SDK. */
public interface ChatGateway {

    /**
     * Posts and returns the platform's id of the new message. A failure after the request may have reached the
     * platform is {@link ChatException.Reason#AMBIGUOUS}; the caller then asks {@link #find} before posting again.
     */
    String post(ChannelRef channel, OutgoingMessage message) throws ChatException;

    /**
     * The message posted earlier to this channel (in {@code thread}, when given) under {@code key}
     * ({@link OutgoingMessage#key()}), or empty when there is none. Throws when it cannot tell: a platform without a
     * way to look, or the lookup failed.
     */
    default Optional<String> find(ChannelRef channel, String key, Optional<String> thread) throws ChatException {
        throw new ChatException(ChatException.Reason.FAILED, "cannot tell whether an earlier post reached " + channel);
    }

    /**
     * After the posted message is recorded (so reactions on it count): the follow-ups of a post, such as the bot's
     * own 👍 and 👎 under a paper. Best effort: never fails the post.
     */
    default void posted(ChannelRef channel, OutgoingMessage message, String messageId) {
    }

    /** Whether this process can post to the platform at all (an instance runs only the adapters it has tokens for). */
    default boolean serves(String platform) {
        return true;
    }
}
