package dev.paperboy.channel;

import dev.paperboy.search.SearchHit;
import dev.paperboy.search.SearchQueryException;
import dev.paperboy.search.SearchResult;
import dev.paperboy.search.SearchService;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * {@code /papers search}: runs the query and writes the reply, one short block per paper (title, first
 * authors, date, tags, link and id), so the id can go straight into {@code like}, {@code why} or {@code seed}.
 */
public final class SearchReplies {

    /** A reply shows a paper's most confident tags only. */
    static final int MAX_TAGS = 3;

    private final SearchService search;
    private final int results;

    /** @param results papers in a reply */
    public SearchReplies(SearchService search, int results) {
        this.search = search;
        this.results = results;
    }

    Reply answer(String query) {
        SearchResult result;
        try {
            result = search.search(query, results);
        } catch (SearchQueryException e) {
            return Reply.error(e.getMessage());
        }
        StringBuilder text = new StringBuilder();
        if (result.hits().isEmpty()) {
            text.append("No paper matches `").append(CommandParser.clip(query)).append("`. Try fewer filters or other words.");
        } else {
            text.append(heading(query, result));
            int n = 1;
            for (SearchHit hit : result.hits()) {
                text.append("\n").append(n++).append(". ").append(line(hit));
            }
            if (result.ranking() != SearchResult.Ranking.SIMILAR) {
                text.append("\nMore like one of them: `/papers search like:").append(result.hits().get(0).id()).append("`");
            }
        }
        result.note().ifPresent(note -> text.append("\n_").append(note).append("_"));
        return Reply.ok(text.toString());
    }

    private static String heading(String query, SearchResult result) {
        String q = "`" + CommandParser.clip(query) + "`";
        return switch (result.ranking()) {
            case NEWEST -> result.matching() + (result.matching() == 1 ? " paper matches " : " papers match ") + q + "; newest first:";
            case SIMILAR -> "Papers like " + q.replace("like:", "") + ":";
            case HYBRID, WORDS -> "Best matches for " + q + ":";
        };
    }

    static String line(SearchHit hit) {
        StringBuilder s = new StringBuilder("*").append(hit.title()).append("*");
        if (!hit.authors().isEmpty()) {
            s.append(" · ").append(PaperMessages.authors(hit.authors()));
        }
        s.append(" · ").append(hit.published().atZone(ZoneOffset.UTC).toLocalDate());
        if (!hit.tags().isEmpty()) {
            s.append(" · ").append(hit.tags().stream().limit(MAX_TAGS).map(t -> "#" + t).collect(Collectors.joining(" ")));
        }
        s.append("\n   ").append(hit.url().isEmpty() ? "id " + hit.id() : hit.url() + " · id " + hit.id());
        return s.toString();
    }
}
