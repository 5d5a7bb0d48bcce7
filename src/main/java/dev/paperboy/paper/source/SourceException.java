package dev.paperboy.paper.source;

/** A request to a source that failed for good: after its retries, or with an answer not worth retrying. */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }
}
