package dev.paperboy.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * A message for a channel. {@code kind} is {@code digest} (a digest's header), {@code paper}, {@code reply} or
 * {@code error}; {@code threadOf} names the message to reply under, when the channel threads its digests.
 * {@code key} names a digest's message within its channel (the paper, or the digest's time for a header), so an
 * adapter can tag the post with it and find it again after a post whose outcome it never heard.
 */
public record OutgoingMessage(Kind kind, String text, Optional<PaperCard> paper, Optional<String> threadOf, Optional<String> key) {

    /** The message kinds of the console protocol. */
    public enum Kind {
        DIGEST, PAPER, REPLY, ERROR;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A message without a key (a reply): nobody looks for it again. */
    public OutgoingMessage(Kind kind, String text, Optional<PaperCard> paper, Optional<String> threadOf) {
        this(kind, text, paper, threadOf, Optional.empty());
    }

    public static OutgoingMessage header(String text) {
        return new OutgoingMessage(Kind.DIGEST, text, Optional.empty(), Optional.empty());
    }

    /** A digest's header, keyed by the digest's time (a scheduled digest's fire time). */
    public static OutgoingMessage header(String text, Instant digestTime) {
        return new OutgoingMessage(Kind.DIGEST, text, Optional.empty(), Optional.empty(), Optional.of(headerKey(digestTime)));
    }

    public static OutgoingMessage paper(String text, PaperCard card, Optional<String> threadOf) {
        return new OutgoingMessage(Kind.PAPER, text, Optional.of(card), threadOf, Optional.of(paperKey(card.id())));
    }

    public static String headerKey(Instant digestTime) {
        return "digest:" + digestTime.toEpochMilli();
    }

    /** A paper reaches a channel at most once, so its id names its message there. */
    public static String paperKey(String paperId) {
        return "paper:" + paperId;
    }
}
