package dev.paperboy.chat.slack;

/** The Slack adapter cannot start (a rejected token, Slack unreachable); the message says what to fix. */
public final class SlackStartException extends Exception {

    private static final long serialVersionUID = 1L;

    SlackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
