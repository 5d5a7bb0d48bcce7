package dev.paperboy.channel;

/** The answer to a command, shown to whoever asked (ephemeral where the platform allows). */
public record Reply(OutgoingMessage.Kind kind, String text) {

    public static Reply ok(String text) {
        return new Reply(OutgoingMessage.Kind.REPLY, text);
    }

    public static Reply error(String text) {
        return new Reply(OutgoingMessage.Kind.ERROR, text);
    }

    public boolean isError() {
        return kind == OutgoingMessage.Kind.ERROR;
    }
}
