package dev.paperboy.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * One feedback event in a channel: a reaction added or removed on a paper message, or a {@code like} /
 * {@code dislike} command (then {@code messageId} is empty and {@code origin} is {@code command}).
 */
public record Signal(long channelId, String paperId, String userId, String messageId, String emoji, boolean removed,
                     Instant at, String origin) {

    public static final String REACTION = "reaction";
    public static final String COMMAND = "command";

    public Signal {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(userId, "userId");
        messageId = messageId == null ? "" : messageId;
        Objects.requireNonNull(emoji, "emoji");
        Objects.requireNonNull(at, "at");
    }
}
