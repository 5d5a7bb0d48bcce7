package dev.paperboy.chat.slack;

import dev.paperboy.channel.RichText;

/**
 * Paperboy's replies in Slack's mrkdwn: emphasis as {@code *…*}, links as {@code <url|label>}, and {@code & < >}
 * escaped everywhere, so nothing a paper says can open a link or mention anyone.
 */
final class SlackMarkup {

    private SlackMarkup() {
    }

    static String render(RichText text) {
        StringBuilder out = new StringBuilder();
        for (RichText.Part part : text.parts()) {
            if (part instanceof RichText.Own own) {
                out.append(escape(own.text()));
            } else if (part instanceof RichText.Quoted quoted) {
                out.append(escape(quoted.text()));
            } else if (part instanceof RichText.Strong strong) {
                out.append('*').append(render(strong.inner())).append('*');
            } else if (part instanceof RichText.Link link) {
                out.append(link(link.url(), escape(link.label())));
            }
        }
        return out.toString();
    }

    /** The three characters Slack's mrkdwn reserves for links and mentions. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A link around an already escaped label. */
    static String link(String url, String label) {
        // A '|' or '>' in a URL would end the link early; arXiv URLs never have them, a stray one is encoded.
        return "<" + url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C") + "|" + label + ">";
    }

    /**
     * Clips escaped text to {@code max} characters with an ellipsis, never inside an entity ({@code &amp;}) nor a
     * surrogate pair (an emoji), so what Slack receives is within its limit and still well formed.
     */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return text.substring(0, cut).strip() + "…";
    }
}
