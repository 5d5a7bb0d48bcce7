package dev.paperboy.channel;

import java.time.Duration;
import java.util.Optional;

/** A chat platform refused or failed a post; {@link Reason} says what the caller should do about it. */
public final class ChatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms of what to do next. */
    public enum Reason {
        /** Try again later: the post certainly did not reach the channel (a rate limit, a refused connection). */
        TRANSIENT,
        /**
         * The platform may have taken the post and not said so (a timeout or a 5xx after the request was sent):
         * look for it ({@link ChatGateway#find}) before posting it again, or it may appear twice.
         */
        AMBIGUOUS,
        /** The platform refuses this message for good (malformed, too long): other messages may still pass. */
        REFUSED,
        /** The channel is gone or the bot may not post there: pause the channel. */
        CHANNEL_UNAVAILABLE,
        /** Anything else: give up on this post. */
        FAILED
    }

    private final Reason reason;
    /** When the platform said how long to wait (a rate limit's Retry-After); null when it did not. */
    private final transient Duration retryAfter;

    public ChatException(Reason reason, String message) {
        this(reason, message, (Throwable) null, (Duration) null);
    }

    public ChatException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, (Duration) null);
    }

    /** @param retryAfter how long the platform asked us to wait, or null when it did not say */
    public ChatException(Reason reason, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** The same, with the wait first. */
    public ChatException(Reason reason, String message, Duration retryAfter, Throwable cause) {
        this(reason, message, cause, retryAfter);
    }

    public Reason reason() {
        return reason;
    }

    /** Worth another try: the platform was busy or did not answer. */
    public boolean passing() {
        return reason == Reason.TRANSIENT || reason == Reason.AMBIGUOUS;
    }

    /** How long the platform asked us to wait before trying again, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
