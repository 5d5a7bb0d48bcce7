package dev.paperboy.search;

/** A query Paperboy cannot run; the message is a sentence fit for chat that says what to do instead. */
public final class SearchQueryException extends Exception {

    public SearchQueryException(String message) {
        super(message);
    }
}
