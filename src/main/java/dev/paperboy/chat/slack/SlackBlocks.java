package dev.paperboy.chat.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.PaperCard;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders Paperboy's messages as Block Kit. A paper is a linked title with its authors, the one-line summary,
 * its tags and why it was picked, and links to the abstract and the PDF; its id is shown so members can type
 * {@code /papers why <id>}. Links are mrkdwn, not buttons: a button would send Paperboy an interaction to
 * acknowledge for nothing.
 */
final class SlackBlocks {

    /**
     * Slack refuses a section's or a context element's text past 3,000 characters, counted as sent: after
     * escaping, which can make a text five times longer. These are the most each part shows, escapes included.
     */
    static final int MAX_TEXT = 3_000;
    private static final int MAX_TITLE = 300;
    private static final int MAX_AUTHOR_LINE = 1_000;
    private static final int MAX_SUMMARY = 1_500;
    private static final int MAX_TAGS = 1_000;
    private static final int MAX_WHY = 1_000;
    private static final int MAX_AUTHORS = 3;

    private SlackBlocks() {
    }

    static List<LayoutBlock> of(OutgoingMessage message) {
        if (message.paper().isPresent()) {
            return paper(message.paper().get());
        }
        return List.of(section(s -> s.text(markdownText(fit(message.text(), MAX_TEXT)))));
    }

    /** What notifications and clients without Block Kit show. */
    static String fallback(OutgoingMessage message) {
        return message.paper().map(card -> fit(card.title(), MAX_TITLE)).orElseGet(() -> fit(message.text(), MAX_TEXT));
    }

    static List<LayoutBlock> paper(PaperCard card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = fit(card.title(), MAX_TITLE);
        String heading = "*" + (card.url().isEmpty() ? title : link(card.url(), title)) + "*";
        if (!card.authors().isEmpty()) {
            heading += "\n" + fit(authors(card.authors()), MAX_AUTHOR_LINE);
        }
        String top = heading;
        blocks.add(section(s -> s.text(markdownText(top))));
        if (!card.summary().isBlank()) {
            blocks.add(section(s -> s.text(markdownText(fit(card.summary(), MAX_SUMMARY)))));
        }
        List<ContextBlockElement> about = new ArrayList<>();
        if (!card.tags().isEmpty()) {
            about.add(markdownText(fit(card.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")), MAX_TAGS)));
        }
        about.add(markdownText("Why: " + fit(card.why(), MAX_WHY)));
        blocks.add(context(c -> c.elements(about)));
        String links = card.url().isEmpty() ? "" : link(card.url(), "Abstract") + " · " + link(card.pdfUrl(), "PDF") + " · ";
        blocks.add(context(c -> c.elements(List.of(markdownText(links + "id `" + escape(card.id()) + "`")))));
        return blocks;
    }

    /** The three characters Slack's mrkdwn reserves for links and mentions. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String link(String url, String text) {
        // A '|' or '>' in a URL would end the link early; arXiv URLs never have them, a stray one is encoded.
        return "<" + url.replace("|", "%7C").replace(">", "%3E") + "|" + text + ">";
    }

    private static String authors(List<String> authors) {
        return authors.size() <= MAX_AUTHORS ? String.join(", ", authors)
                : String.join(", ", authors.subList(0, MAX_AUTHORS)) + " et al.";
    }

    /**
     * Escaped, then clipped to {@code max} characters as Slack counts them (clipping first let escapes push a
     * text past Block Kit's limits), never cutting an escape such as {@code &amp;} in half.
     */
    static String fit(String raw, int max) {
        String text = escape(raw);
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return text.substring(0, cut).strip() + "…";
    }
}
