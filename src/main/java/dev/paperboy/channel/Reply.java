package dev.paperboy.channel;

import java.util.Optional;

/**
 * The answer to a command, shown to whoever asked (ephemeral where the platform allows). Its body is structured
 * ({@link RichText}) so each adapter renders it in its own markup, escaping what came from papers. A file goes
 * with it when the answer is one ({@code /papers saved bibtex}): Slack posts it with {@code files.uploadV2},
 * Discord attaches it.
 */
public record Reply(OutgoingMessage.Kind kind, RichText body, Optional<Attachment> file) {

    public Reply(OutgoingMessage.Kind kind, RichText body) {
        this(kind, body, Optional.empty());
    }

    public static Reply ok(String text) {
        return new Reply(OutgoingMessage.Kind.REPLY, RichText.of(text));
    }

    public static Reply ok(RichText body) {
        return new Reply(OutgoingMessage.Kind.REPLY, body);
    }

    public static Reply error(String text) {
        return new Reply(OutgoingMessage.Kind.ERROR, RichText.of(text));
    }

    public static Reply file(String text, Attachment file) {
        return new Reply(OutgoingMessage.Kind.REPLY, RichText.of(text), Optional.of(file));
    }

    public boolean isError() {
        return kind == OutgoingMessage.Kind.ERROR;
    }

    /** The answer as the console shows it. */
    public String text() {
        return body.plain();
    }

    /** This answer followed by more of Paperboy's own words. */
    public Reply plus(String own) {
        return new Reply(kind, body.plus(own), file);
    }
}
