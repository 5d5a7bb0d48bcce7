package dev.paperboy.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A parsed search: free words, quoted phrases (each must occur), and filters. Within one filter key the values
 * are alternatives ({@code tag:rl,agent}); different keys and repeated keys must all hold.
 *
 * @param words      free words, as typed
 * @param phrases    quoted phrases, as typed
 * @param tags       each entry: tag names of which a paper must carry at least one
 * @param authors    each entry: author names or name parts of which one must match
 * @param categories each entry: arXiv categories (lower case; an archive such as {@code cs} matches all its classes)
 * @param like       a paper id: rank by closeness to that paper
 */
public record SearchQuery(List<String> words, List<String> phrases, List<List<String>> tags, List<List<String>> authors,
                          List<List<String>> categories, Optional<LocalDate> since, Optional<String> like) {

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        tags = tags.stream().map(List::copyOf).toList();
        authors = authors.stream().map(List::copyOf).toList();
        categories = categories.stream().map(List::copyOf).toList();
    }

    /** The text whose meaning is searched: free words and phrases, without the filters. */
    public String text() {
        StringBuilder s = new StringBuilder(String.join(" ", words));
        for (String phrase : phrases) {
            s.append(s.length() > 0 ? " " : "").append(phrase);
        }
        return s.toString();
    }

    public boolean hasFilters() {
        return !tags.isEmpty() || !authors.isEmpty() || !categories.isEmpty() || since.isPresent();
    }
}
