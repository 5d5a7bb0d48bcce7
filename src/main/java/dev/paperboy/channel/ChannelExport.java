package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.Opinion;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.paper.library.BibtexWriter;
import dev.paperboy.paper.library.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A channel's papers going back out: its saved list (🔖, newest first), the papers its members liked, or every
 * paper it was delivered, as BibTeX, Zotero-style CSV or JSON lines. {@code paperboy export} and
 * {@code /papers saved bibtex} both write through it.
 */
public final class ChannelExport {

    /** Which of the channel's papers. */
    public enum Selection { SAVED, LIKED, DELIVERED }

    /** How they are written. */
    public enum Format {
        BIBTEX("bib"), CSV("csv"), JSONL("jsonl");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Format> parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "bibtex", "bib" -> Optional.of(BIBTEX);
                case "csv" -> Optional.of(CSV);
                case "jsonl", "json" -> Optional.of(JSONL);
                default -> Optional.empty();
            };
        }
    }

    private final ChannelStore channels;
    private final DeliveryStore deliveries;
    private final FeedbackService feedback;
    private final PaperStore papers;
    private final JsonPapers json;

    public ChannelExport(ChannelStore channels, DeliveryStore deliveries, FeedbackService feedback, PaperStore papers, JsonPapers json) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.feedback = feedback;
        this.papers = papers;
        this.json = json;
    }

    /** The channel's papers of this selection, in its order; empty when the channel was never seen. */
    public Optional<List<Paper>> papers(ChannelRef ref, Selection selection) {
        return channels.find(ref).map(c -> papers(c.id(), selection));
    }

    public List<Paper> papers(long channelId, Selection selection) {
        List<String> ids = switch (selection) {
            case SAVED -> feedback.saved(channelId).stream().map(FeedbackService.Saved::paperId).toList();
            case LIKED -> liked(channelId);
            case DELIVERED -> deliveries.delivered(channelId);
        };
        return papers.findAll(ids);
    }

    private List<String> liked(long channelId) {
        Map<String, Opinion> opinions = feedback.opinions(channelId);
        List<String> out = new ArrayList<>();
        opinions.values().stream().filter(Opinion::liked).map(Opinion::paperId).forEach(out::add);
        return out;
    }

    public String write(List<Paper> list, Format format) {
        return switch (format) {
            case BIBTEX -> new BibtexWriter().write(list);
            case CSV -> new CsvWriter().write(list);
            case JSONL -> {
                StringBuilder out = new StringBuilder();
                list.forEach(p -> out.append(json.toJson(p).toString()).append('\n'));
                yield out.toString();
            }
        };
    }
}
