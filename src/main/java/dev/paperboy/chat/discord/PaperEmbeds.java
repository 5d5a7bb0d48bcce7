package dev.paperboy.chat.discord;

import dev.paperboy.channel.PaperCard;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * A paper as a Discord embed: the linked title, authors, the one-line summary, then tags, why it was picked
 * and links; the footer carries the id members type in {@code /papers why} and {@code like}. Every part is
 * clipped to Discord's limits, and the summary to what the 6,000 characters of a whole embed leave, so a long
 * title, author list or summary never fails a post.
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
        String title = clip(card.title().isBlank() ? "Paper " + card.id() : card.title(), MessageEmbed.TITLE_MAX_LENGTH);
        embed.setTitle(title, web(card.url()) ? card.url() : null);
        List<String> named = card.authors().stream().filter(a -> !a.isBlank()).toList();
        if (!named.isEmpty()) {
            embed.setAuthor(clip(authors(named), MessageEmbed.AUTHOR_MAX_LENGTH));
        }
        if (!card.tags().isEmpty()) {
            embed.addField("Tags", clip(card.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")),
                    MessageEmbed.VALUE_MAX_LENGTH), true);
        }
        if (!card.why().isBlank()) {
            embed.addField("Why", clip(card.why(), MessageEmbed.VALUE_MAX_LENGTH), false);
        }
        if (web(card.url())) {
            embed.addField("Links", "[abstract](" + card.url() + ")" + (web(card.pdfUrl()) ? " · [pdf](" + card.pdfUrl() + ")" : ""), true);
        }
        embed.setFooter(clip("id " + card.id() + " · react 👍 or 👎 · /papers why " + card.id(), MessageEmbed.TEXT_MAX_LENGTH));
        // Discord allows 6,000 characters over a whole embed: each part within its own limit can still pass that
        // together, so the summary, set last, gets what the rest leaves.
        int left = Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, MessageEmbed.EMBED_MAX_LENGTH_BOT - embed.length());
        if (!card.summary().isBlank() && left > 1) {
            embed.setDescription(clip(card.summary(), left));
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

    static String clip(String text, int max) {
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
