package dev.paperboy.channel;

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

    public ChatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ChatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
