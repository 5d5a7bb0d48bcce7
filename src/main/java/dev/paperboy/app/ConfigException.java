package dev.paperboy.app;

/** A setting that is missing, unknown or malformed; the message says which and how to fix it. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
