package dev.paperboy.channel;

import java.util.List;

/** What a paper message shows, on any platform. */
public record PaperCard(String id, String title, List<String> authors, String url, String pdfUrl, List<String> tags,
                        double score, String summary, String why) {

    public PaperCard {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
