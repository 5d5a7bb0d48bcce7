package dev.paperboy.chat.discord;

import dev.paperboy.channel.PaperCard;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * A paper as a Discord embed: the linked title, authors, the one-line summary, then tags, why it was picked
 * and links; the footer carries the id members type in {@code /papers why} and {@code like}. What came from the
 * paper (title, summary, reasons naming other papers) is escaped for Discord's markdown first and clipped after,
 * to each of Discord's limits (title 256, description 4,096, field 1,024, footer 2,048, author 256) and to 6,000
 * for the whole embed, so a long or hostile paper never fails a post nor renders as something it is not.
 */
final class PaperEmbeds {

    /** Paperboy's colour on the embed's edge. */
    static final int COLOR = 0x2F6FDE;
    private static final int MAX_AUTHORS = 6;

    private PaperEmbeds() {
    }

    static MessageEmbed of(PaperCard card) {
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOR);
        // Discord refuses an empty title, and one bad paper must not stop a digest.
        String title = DiscordMarkup.clip(DiscordMarkup.escape(card.title().isBlank() ? "Paper " + card.id() : card.title()),
                MessageEmbed.TITLE_MAX_LENGTH);
        embed.setTitle(title, web(card.url()) ? card.url() : null);
        List<String> named = card.authors().stream().filter(a -> !a.isBlank()).toList();
        if (!named.isEmpty()) {
            // An author line is plain text on Discord: nothing to escape.
            embed.setAuthor(clip(authors(named), MessageEmbed.AUTHOR_MAX_LENGTH));
        }
        if (!card.tags().isEmpty()) {
            embed.addField("Tags", clip(card.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")),
                    MessageEmbed.VALUE_MAX_LENGTH), true);
        }
        if (!card.why().isBlank()) {
            embed.addField("Why", DiscordMarkup.clip(DiscordMarkup.escape(card.why()), MessageEmbed.VALUE_MAX_LENGTH), false);
        }
        if (web(card.url())) {
            embed.addField("Links", "[abstract](" + card.url() + ")" + (web(card.pdfUrl()) ? " · [pdf](" + card.pdfUrl() + ")" : ""), true);
        }
        // The footer is plain text; the id is clipped, never the hint that follows it, unless the id is absurd.
        embed.setFooter(clip("id " + clip(card.id(), 200) + " · react 👍 or 👎 · /papers why " + clip(card.id(), 200),
                MessageEmbed.TEXT_MAX_LENGTH));
        if (!card.summary().isBlank()) {
            // Last, so it takes what the whole embed has left.
            int left = MessageEmbed.EMBED_MAX_LENGTH_BOT - embed.length();
            embed.setDescription(DiscordMarkup.clip(DiscordMarkup.escape(card.summary()), Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, left)));
        }
        return embed.build();
    }

    static String authors(List<String> authors) {
        if (authors.size() <= MAX_AUTHORS) {
            return String.join(", ", authors);
        }
        return String.join(", ", authors.subList(0, MAX_AUTHORS)) + " et al.";
    }

    private static boolean web(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.length() <= MessageEmbed.URL_MAX_LENGTH;
    }

    /** Clips plain text (no markdown in it) to {@code max} characters, never inside an emoji. */
    static String clip(String text, int max) {
        return DiscordMarkup.clip(text, max);
    }
}
