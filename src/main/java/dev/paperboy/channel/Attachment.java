package dev.paperboy.channel;

/**
 * A file that goes with a command or its answer: a reading list sent with {@code /papers seed}, or the
 * {@code .bib} of {@code /papers saved bibtex}. Adapters upload and download it; the core only reads and writes
 * its bytes.
 */
public record Attachment(String fileName, byte[] content) {

    public Attachment {
        java.util.Objects.requireNonNull(fileName, "fileName");
        java.util.Objects.requireNonNull(content, "content");
    }
}
