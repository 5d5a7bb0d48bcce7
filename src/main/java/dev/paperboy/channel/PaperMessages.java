package dev.paperboy.channel;

import dev.paperboy.paper.Paper;
import dev.paperboy.recommend.Pick;
import dev.paperboy.tag.TagScore;
import dev.paperboy.recommend.DigestPlanner;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The platform-neutral text of digest messages; adapters may render the card richer. */
public final class PaperMessages {

    /** A card shows the paper's most confident tags only; more is noise in chat. */
    static final int MAX_TAGS = 5;

    private PaperMessages() {
    }

    public static PaperCard card(Pick pick, String summary) {
        Paper p = pick.paper();
        return new PaperCard(p.id(), p.displayTitle(), p.authors(), p.absUrl(), p.pdfUrl(),
                pick.tags().stream().limit(MAX_TAGS).map(TagScore::tag).toList(), pick.score(), summary, pick.why());
    }

    public static String paperText(PaperCard card) {
        StringBuilder text = new StringBuilder();
        text.append("*").append(card.title()).append("*");
        if (!card.authors().isEmpty()) {
            text.append("\n").append(authors(card.authors()));
        }
        text.append("\n> ").append(card.summary());
        if (!card.tags().isEmpty()) {
            text.append("\n").append(card.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")));
        }
        text.append("\nWhy: ").append(card.why());
        text.append("\n").append(card.url().isEmpty() ? "id " + card.id() : card.url() + " · pdf " + card.pdfUrl());
        return text.toString();
    }

    public static String headerText(Set<String> tags, int count, Instant now, ZoneId zone) {
        return headerText(tags, count, now, zone, "");
    }

    /** @param barNote how many of the papers cleared the channel's bar, in words; empty when no bar applied */
    public static String headerText(Set<String> tags, int count, Instant now, ZoneId zone, String barNote) {
        String topics = tags.isEmpty() ? "all topics" : new TreeSet<>(tags).stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        return "📰 Paperboy · " + now.atZone(zone).toLocalDate() + " · " + count + (count == 1 ? " paper" : " papers")
                + " for " + topics + (barNote.isEmpty() ? "" : "; " + barNote) + ". React 👍 or 👎 on a paper to teach me what this channel likes.";
    }

    /** What a scheduled digest says when none of the channel's candidates cleared its bar. */
    public static final String NOTHING_CLEARED = "📰 Paperboy · nothing cleared today's bar; `/papers digest` shows the best anyway.";

    /** What the header says of the bar: how many of the posted papers cleared it, and the bar. Empty without one. */
    static String barNote(DigestPlanner.BarredPlan plan, int count, boolean enforce) {
        if (!plan.barred() || count <= 0) {
            return "";
        }
        String bar = String.format(Locale.ROOT, "%.2f", plan.bar().bar());
        int cleared = plan.cleared(count);
        if (enforce && cleared == count) {
            return (count == 1 ? "it cleared" : "all " + count + " cleared") + " this channel's bar (" + bar + ")";
        }
        return cleared + " of " + count + " cleared this channel's bar (" + bar + ")"
                + (enforce ? "; the `auto` bar still posts the best one, so your votes keep teaching it" : "");
    }

    static String authors(List<String> authors) {
        if (authors.size() <= 3) {
            return String.join(", ", authors);
        }
        return String.join(", ", authors.subList(0, 3)) + " et al.";
    }
}
