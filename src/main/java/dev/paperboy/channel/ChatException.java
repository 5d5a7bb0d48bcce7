package dev.paperboy.channel;

import java.time.Duration;
import java.util.Optional;

/** A chat platform refused or failed a post; {@link Reason} says what the caller should do about it. */
public final class ChatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms of what to do next. */
    public enum Reason {
        /** Try again later (5xx, timeout, rate limit). */
        TRANSIENT,
        /** The channel is gone or the bot may not post there: pause the channel. */
        CHANNEL_UNAVAILABLE,
        /** Anything else: give up on this post. */
        FAILED
    }

    private final Reason reason;
    private final Duration retryAfter;

    public ChatException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public ChatException(Reason reason, String message, Throwable cause) {
        this(reason, message, null, cause);
    }

    /**
     * @param retryAfter how long the platform asked us to wait (HTTP 429 Retry-After), or null when it did not say
     */
    public ChatException(Reason reason, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** The wait the platform asked for before the next try, when it named one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
