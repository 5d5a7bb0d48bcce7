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
        RichText.Builder text = RichText.builder();
        if (result.hits().isEmpty()) {
            text.own("No paper matches `" + Echo.clip(query) + "`. Try fewer filters or other words.");
        } else {
            text.own(heading(query, result));
            int n = 1;
            for (SearchHit hit : result.hits()) {
                line(text.own("\n" + n++ + ". "), hit);
            }
            if (result.ranking() != SearchResult.Ranking.SIMILAR) {
                text.own("\nMore like one of them: `/papers search like:" + Echo.clip(result.hits().get(0).id()) + "`");
            }
        }
        result.note().ifPresent(note -> text.own("\n_").quoted(note).own("_"));
        return Reply.ok(text.build());
    }

    private static String heading(String query, SearchResult result) {
        String q = "`" + Echo.clip(query) + "`";
        return switch (result.ranking()) {
            case NEWEST -> result.matching() + (result.matching() == 1 ? " paper matches " : " papers match ") + q + "; newest first:";
            case SIMILAR -> "Papers like " + q.replace("like:", "") + ":";
            case HYBRID, WORDS -> "Best matches for " + q + ":";
        };
    }

    /** One match: its title and authors come from the paper, so they are quoted; the id is code, ready to copy. */
    static void line(RichText.Builder s, SearchHit hit) {
        s.strong(hit.title());
        if (!hit.authors().isEmpty()) {
            s.own(" · ").quoted(PaperMessages.authors(hit.authors()));
        }
        s.own(" · " + hit.published().atZone(ZoneOffset.UTC).toLocalDate());
        if (!hit.tags().isEmpty()) {
            s.own(" · " + hit.tags().stream().limit(MAX_TAGS).map(t -> "#" + t).collect(Collectors.joining(" ")));
        }
        s.own("\n   ");
        if (!hit.url().isEmpty()) {
            s.link(hit.url(), hit.url()).own(" · ");
        }
        s.own("id ").quoted(hit.id());
    }
}
