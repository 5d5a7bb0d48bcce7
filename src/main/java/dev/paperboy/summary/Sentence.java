package dev.paperboy.summary;

/** One sentence of an abstract: its characters {@code [start, end)} in the raw text, and that text. */
public record Sentence(int index, int start, int end, String text) {

    public int length() {
        return end - start;
    }
}
