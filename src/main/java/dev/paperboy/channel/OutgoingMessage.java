package dev.paperboy.channel;

import java.util.Optional;

/**
 * A message for a channel. {@code kind} is {@code digest} (a digest's header), {@code paper}, {@code reply} or
 * {@code error}; {@code threadOf} names the message to reply under, when the channel threads its digests.
 */
public record OutgoingMessage(Kind kind, String text, Optional<PaperCard> paper, Optional<String> threadOf) {

    /** The message kinds of the console protocol. */
    public enum Kind {
        DIGEST, PAPER, REPLY, ERROR;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static OutgoingMessage header(String text) {
        return new OutgoingMessage(Kind.DIGEST, text, Optional.empty(), Optional.empty());
    }

    public static OutgoingMessage paper(String text, PaperCard card, Optional<String> threadOf) {
        return new OutgoingMessage(Kind.PAPER, text, Optional.of(card), threadOf);
    }
}
