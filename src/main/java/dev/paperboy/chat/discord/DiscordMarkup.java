package dev.paperboy.chat.discord;

import dev.paperboy.channel.RichText;

/**
 * Paperboy's replies in Discord's markdown: emphasis as {@code **…**}, links as {@code [label](url)}, and whatever
 * came from papers escaped, so a title's {@code *}, a masked link {@code [x](https://…)} in an abstract, or an
 * {@code @everyone} in a summary shows as typed and does nothing.
 */
final class DiscordMarkup {

    /** Characters Discord's markdown reads (and {@code <}, which opens mentions, channels and timestamps). */
    private static final String SPECIAL = "\\*_~`|>[]()<";

    private DiscordMarkup() {
    }

    static String render(RichText text) {
        StringBuilder out = new StringBuilder();
        for (RichText.Part part : text.parts()) {
            if (part instanceof RichText.Own own) {
                out.append(own.text());
            } else if (part instanceof RichText.Quoted quoted) {
                out.append(escape(quoted.text()));
            } else if (part instanceof RichText.Strong strong) {
                out.append("**").append(render(strong.inner())).append("**");
            } else if (part instanceof RichText.Link link) {
                out.append(link.label().equals(link.url()) ? link.url()
                        : "[" + escape(link.label()) + "](" + link.url().replace(")", "%29").replace(" ", "%20") + ")");
            }
        }
        return out.toString();
    }

    /** Text from outside, shown literally: markdown characters backslashed, mass mentions broken, headings and lists defused. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || lineStart && (c == '#' || c == '-')) {
                out.append('\\');
            }
            out.append(c);
            if (c == '@' && (text.startsWith("everyone", i + 1) || text.startsWith("here", i + 1))) {
                out.append('\u200B');
            }
            lineStart = c == '\n' || lineStart && c == ' ';
        }
        return out.toString();
    }

    /**
     * Clips escaped or rendered text to {@code max} characters with an ellipsis, never inside a surrogate pair (an
     * emoji) and never between a backslash and what it escapes.
     */
    static String clip(String text, int max) {
        String s = text.strip();
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        if (Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        int slashes = 0;
        while (cut - slashes - 1 >= 0 && s.charAt(cut - slashes - 1) == '\\') {
            slashes++;
        }
        if (slashes % 2 == 1) {
            cut--;
        }
        return s.substring(0, cut) + "…";
    }
}
