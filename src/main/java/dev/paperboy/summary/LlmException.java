package dev.paperboy.summary;

/** Why an LLM gave no usable summary. Its message is safe to log: it never holds the key or the request. */
public final class LlmException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether the service is unwell (worth pausing calls) or only this reply was unusable. */
    public enum Kind { UNAVAILABLE, BAD_REPLY }

    private final Kind kind;

    public LlmException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
