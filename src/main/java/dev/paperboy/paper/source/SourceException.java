package dev.paperboy.paper.source;

/**
 * A request to a source that failed for good: after its retries, or with an answer not worth retrying.
 * {@code unreachable} when no connection could be made at all (no route, refused, unknown host): the site is
 * down for this run, and asking it for the next page or day would only wait through the same retries again.
 */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    public SourceException(String message) {
        this(message, false);
    }

    public SourceException(String message, boolean unreachable) {
        super(message);
        this.unreachable = unreachable;
    }

    public boolean unreachable() {
        return unreachable;
    }
}
