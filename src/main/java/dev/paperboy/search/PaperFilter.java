package dev.paperboy.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A channel's follow or mute: a search query's words and filters (parsed by {@link SearchQueryParser}, the one
 * grammar), decided for one paper at a time against its {@link PaperTerms}. Every part must hold: each free word's
 * stem occurs in the title or abstract, each quoted phrase occurs there as consecutive stems, and each
 * {@code tag:}, {@code author:} and {@code cat:} filter holds as it does in search. A follow has no date and no
 * {@code like:}: both are refused here.
 */
public final class PaperFilter {

    private final String text;
    private final SearchQuery query;
    private final List<List<String>> words = new ArrayList<>();
    private final List<List<String>> phrases = new ArrayList<>();
    private final List<List<List<String>>> authors = new ArrayList<>();

    private PaperFilter(String text, SearchQuery query) {
        this.text = text;
        this.query = query;
        for (String word : query.words()) {
            List<String> stems = PaperTerms.tokens(PaperDocuments.analyzer(), PaperDocuments.TITLE, word);
            if (!stems.isEmpty()) {
                words.add(stems);
            }
        }
        for (String phrase : query.phrases()) {
            List<String> stems = PaperTerms.tokens(PaperDocuments.analyzer(), PaperDocuments.TITLE, phrase);
            if (!stems.isEmpty()) {
                phrases.add(stems);
            }
        }
        for (List<String> group : query.authors()) {
            authors.add(group.stream().map(n -> PaperTerms.tokens(PaperDocuments.names(), PaperDocuments.AUTHOR, n)).toList());
        }
    }

    /** A follow or mute from what a user typed; refused with a sentence when it cannot be one. */
    public static PaperFilter parse(SearchQueryParser parser, String typed) throws SearchQueryException {
        String text = normalize(typed);
        SearchQuery query = parser.parse(text);
        if (query.since().isPresent()) {
            throw new SearchQueryException("A follow or mute has no date: it applies to every new paper. Leave out `since:`.");
        }
        if (query.like().isPresent()) {
            throw new SearchQueryException("`like:` is for `/papers search`; to follow papers like one, `/papers seed` it.");
        }
        PaperFilter filter = new PaperFilter(text, query);
        if (filter.words.isEmpty() && filter.phrases.isEmpty() && query.tags().isEmpty() && query.authors().isEmpty()
                && query.categories().isEmpty()) {
            throw new SearchQueryException("Nothing to match in `" + SearchQueryParser.clip(text) + "`: give words, a \"phrase\","
                    + " `author:`, `cat:` or `tag:`.");
        }
        return filter;
    }

    /** The text as stored and shown: what was typed, with runs of spaces made one. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    }

    public String text() {
        return text;
    }

    public SearchQuery query() {
        return query;
    }

    /** Whether this is only one {@code tag:} filter: the same as subscribing to those tags. */
    public boolean onlyTags() {
        return query.tags().size() == 1 && words.isEmpty() && phrases.isEmpty() && query.authors().isEmpty()
                && query.categories().isEmpty();
    }

    public boolean matches(PaperTerms paper, Collection<String> tags) {
        if (!filtersHold(paper, tags)) {
            return false;
        }
        for (List<String> word : words) {
            if (word.stream().noneMatch(paper.stems::contains)) {
                return false;
            }
        }
        for (List<String> phrase : phrases) {
            if (!PaperTerms.contains(paper.title, phrase) && !PaperTerms.contains(paper.abstractText, phrase)) {
                return false;
            }
        }
        return true;
    }

    /** Whether it has words or phrases to match (beyond its filters): what a follow by meaning compares. */
    public boolean hasWords() {
        return !words.isEmpty() || !phrases.isEmpty();
    }

    /** Its free words and phrases as one text, without filters: what a follow's meaning is read from. */
    public String wordsText() {
        List<String> all = new ArrayList<>(query.phrases());
        all.addAll(query.words());
        return String.join(" ", all);
    }

    /** Whether the paper passes its {@code tag:}, {@code cat:} and {@code author:} filters, words aside. */
    public boolean filtersHold(PaperTerms paper, Collection<String> tags) {
        for (List<String> group : query.tags()) {
            if (group.stream().noneMatch(tags::contains)) {
                return false;
            }
        }
        for (List<String> group : query.categories()) {
            if (group.stream().noneMatch(paper.categories::contains)) {
                return false;
            }
        }
        for (List<List<String>> group : authors) {
            if (group.stream().noneMatch(name -> paper.authors.stream().anyMatch(a -> PaperTerms.contains(a, name)))) {
                return false;
            }
        }
        return true;
    }

    /** Why a paper it matched was picked: "by Albert Gu, whom this channel follows". */
    public String reason() {
        boolean onlyAuthors = !query.authors().isEmpty() && query.tags().isEmpty() && query.categories().isEmpty()
                && words.isEmpty() && phrases.isEmpty();
        if (onlyAuthors) {
            return "by " + query.authors().stream().map(g -> String.join(" or ", g)).collect(Collectors.joining(" and "))
                    + ", whom this channel follows";
        }
        boolean onlyCategories = !query.categories().isEmpty() && query.tags().isEmpty() && query.authors().isEmpty()
                && words.isEmpty() && phrases.isEmpty();
        if (onlyCategories) {
            return "in " + query.categories().stream().map(g -> String.join(" or ", g)).collect(Collectors.joining(" and "))
                    + ", which this channel follows";
        }
        return "matches `" + text.replace("`", "'") + "`, which this channel follows";
    }

    /** Why a paper it matched by meaning, not by its words, was picked. */
    public String meaningReason() {
        return "close in meaning to `" + text.replace("`", "'") + "`, which this channel follows";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaperFilter f && f.text.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return text.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
