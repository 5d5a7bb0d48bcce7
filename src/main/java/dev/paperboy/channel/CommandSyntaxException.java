package dev.paperboy.channel;

/** A {@code /papers} command that does not parse; the message is the reply the user sees. */
public final class CommandSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    public CommandSyntaxException(String message) {
        super(message);
    }
}
