package dev.paperboy.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply as parts, so each adapter writes it in its own platform's markup: Paperboy's own sentences (which may hold
 * {@code `code`}, the same on every platform), text that came from outside (papers' titles, authors, summaries, an
 * LLM's words), which every renderer escapes, emphasis and links. {@link #plain()} is the console's form.
 */
public record RichText(List<Part> parts) {

    /** One piece of a reply. */
    public sealed interface Part {
    }

    /** Paperboy's own words: never escaped, so they may use {@code `code`} and nothing else. */
    public record Own(String text) implements Part {
    }

    /** Words from a paper, a feed or a model: shown literally on every platform, whatever markup they hold. */
    public record Quoted(String text) implements Part {
    }

    /** Emphasis (a title). */
    public record Strong(RichText inner) implements Part {
    }

    /** A link; its label is quoted text. */
    public record Link(String url, String label) implements Part {
    }

    public RichText {
        parts = List.copyOf(parts);
    }

    public static RichText of(String own) {
        return new RichText(List.of(new Own(own)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This text followed by more of Paperboy's own words. */
    public RichText plus(String own) {
        List<Part> all = new ArrayList<>(parts);
        all.add(new Own(own));
        return new RichText(all);
    }

    /** The text as the console shows it: emphasis as {@code *…*}, links as their URL. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Own own) {
                out.append(own.text());
            } else if (part instanceof Quoted quoted) {
                out.append(quoted.text());
            } else if (part instanceof Strong strong) {
                out.append('*').append(strong.inner().plain()).append('*');
            } else if (part instanceof Link link) {
                out.append(link.url());
            }
        }
        return out.toString();
    }

    /** Builds a text part by part. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        public Builder own(String text) {
            parts.add(new Own(text));
            return this;
        }

        public Builder quoted(String text) {
            parts.add(new Quoted(text));
            return this;
        }

        public Builder strong(String quoted) {
            parts.add(new Strong(new RichText(List.of(new Quoted(quoted)))));
            return this;
        }

        public Builder link(String url, String label) {
            parts.add(new Link(url, label));
            return this;
        }

        public boolean isEmpty() {
            return parts.isEmpty();
        }

        public RichText build() {
            return new RichText(parts);
        }
    }
}
