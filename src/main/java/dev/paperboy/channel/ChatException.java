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
    private final transient Optional<Duration> retryAfter;

    public ChatException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public ChatException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    /** A failure with the platform's hint of when to try again (a 429's Retry-After); {@code retryAfter} may be null. */
    public ChatException(Reason reason, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = Optional.ofNullable(retryAfter);
    }

    public Reason reason() {
        return reason;
    }

    /** How long the platform asked us to wait before the next try, when it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
