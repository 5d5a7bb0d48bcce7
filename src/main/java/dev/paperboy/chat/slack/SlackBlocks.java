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
 *
 * <p>Every text is escaped first and clipped after ({@link SlackMarkup#clip}), so escaping can never push a block
 * past Slack's limits (3,000 characters a section or context text, 10 elements a context, 50 blocks a message),
 * which Slack answers with {@code invalid_blocks}.
 */
final class SlackBlocks {

    /** Slack's own limits. */
    static final int MAX_TEXT = 3_000;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    static final int MAX_BLOCKS = 50;
    /** Ours, well inside them: a chat message stays readable. */
    private static final int MAX_TITLE = 300;
    private static final int MAX_AUTHOR_LINE = 500;
    private static final int MAX_SUMMARY = 1_500;
    private static final int MAX_WHY = 1_000;
    private static final int MAX_ID = 200;
    private static final int MAX_AUTHORS = 3;

    private SlackBlocks() {
    }

    static List<LayoutBlock> of(OutgoingMessage message) {
        if (message.paper().isPresent()) {
            return paper(message.paper().get());
        }
        // Slack refuses an empty text; no message of Paperboy's is empty, but one must not fail a post.
        String text = message.text().isBlank() ? "…" : SlackMarkup.clip(escape(message.text()), MAX_TEXT);
        return List.of(section(s -> s.text(markdownText(text))));
    }

    /** What notifications and clients without Block Kit show. */
    static String fallback(OutgoingMessage message) {
        return message.paper().map(card -> SlackMarkup.clip(escape(card.title()), MAX_TITLE))
                .orElseGet(() -> SlackMarkup.clip(escape(message.text()), MAX_TEXT));
    }

    static List<LayoutBlock> paper(PaperCard card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = SlackMarkup.clip(escape(card.title().isBlank() ? "Paper " + card.id() : card.title()), MAX_TITLE);
        String heading = "*" + (card.url().isEmpty() ? title : SlackMarkup.link(card.url(), title)) + "*";
        if (!card.authors().isEmpty()) {
            heading += "\n" + SlackMarkup.clip(escape(authors(card.authors())), MAX_AUTHOR_LINE);
        }
        String top = SlackMarkup.clip(heading, MAX_TEXT);
        blocks.add(section(s -> s.text(markdownText(top))));
        if (!card.summary().isBlank()) {
            blocks.add(section(s -> s.text(markdownText(SlackMarkup.clip(escape(card.summary()), MAX_SUMMARY)))));
        }
        List<ContextBlockElement> about = new ArrayList<>();
        if (!card.tags().isEmpty()) {
            about.add(markdownText(SlackMarkup.clip(escape(card.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" "))), MAX_TEXT)));
        }
        about.add(markdownText(SlackMarkup.clip("Why: " + escape(card.why()), MAX_WHY)));
        blocks.add(context(c -> c.elements(about.subList(0, Math.min(about.size(), MAX_CONTEXT_ELEMENTS)))));
        String links = card.url().isEmpty() ? "" : SlackMarkup.link(card.url(), "Abstract") + " · " + SlackMarkup.link(card.pdfUrl(), "PDF") + " · ";
        String id = SlackMarkup.clip(escape(card.id()).replace("`", "'"), MAX_ID);
        blocks.add(context(c -> c.elements(List.of(markdownText(SlackMarkup.clip(links + "id `" + id + "`", MAX_TEXT))))));
        return blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS));
    }

    static String escape(String text) {
        return SlackMarkup.escape(text);
    }

    private static String authors(List<String> authors) {
        return authors.size() <= MAX_AUTHORS ? String.join(", ", authors)
                : String.join(", ", authors.subList(0, MAX_AUTHORS)) + " et al.";
    }
}
