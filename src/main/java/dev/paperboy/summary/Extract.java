package dev.paperboy.summary;

import java.util.List;

/**
 * An extractive summary: the abstract's sentences it was made from (in text order, with their raw offsets) and
 * the chat line. {@code shown} is the share of those sentences' cleaned text the line kept (1 unless it was cut),
 * so an evaluation can tell what a reader actually saw.
 */
public record Extract(List<Sentence> sentences, String text, double shown) {

    public Extract {
        sentences = List.copyOf(sentences);
    }

    /** The chat line made from these sentences, cut to {@code maxChars}. */
    public static Extract of(List<Sentence> sentences, int maxChars) {
        String full = String.join(" ", sentences.stream().map(s -> ChatText.sentence(s.text())).filter(s -> !s.isEmpty()).toList());
        String line = ChatText.shorten(full, maxChars);
        double shown = full.isEmpty() ? 0 : Math.min(1.0, (double) line.replace(ChatText.ELLIPSIS, "").length() / full.length());
        return new Extract(sentences, line, shown);
    }
}
