package dev.paperboy.search;

import dev.paperboy.paper.PaperIds;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the query language with a small tokenizer of its own, so no user text is ever a syntax error: quoted
 * phrases (straight or curly quotes; an unclosed quote runs to the end), filters {@code tag:} {@code author:}
 * {@code cat:} {@code since:} {@code like:} (a value may be quoted; commas separate alternatives), and every
 * other token is a plain word, Lucene's special characters included. Only a filter with a bad value is refused,
 * with a sentence that says how to write it.
 */
public final class SearchQueryParser {

    /** Longer queries are refused rather than truncated, so the user knows. */
    public static final int MAX_LENGTH = 500;

    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z-]*(\\.[a-z-]+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final String EXAMPLE = "e.g. `diffusion tag:rl author:smith cat:cs.LG since:2025-01-01`";

    private final TagLookup tags;

    public SearchQueryParser(TagLookup tags) {
        this.tags = tags;
    }

    public SearchQuery parse(String text) throws SearchQueryException {
        if (text == null || text.isBlank()) {
            throw new SearchQueryException("Search for what? " + EXAMPLE + ", or `like:<paper id>` for papers like one.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new SearchQueryException("That query is " + text.length() + " characters; keep it under " + MAX_LENGTH + ".");
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<List<String>> tagFilters = new ArrayList<>();
        List<List<String>> authors = new ArrayList<>();
        List<List<String>> categories = new ArrayList<>();
        Optional<LocalDate> since = Optional.empty();
        Optional<String> like = Optional.empty();
        for (Token token : tokenize(text)) {
            if (token.key == null) {
                (token.quoted ? phrases : words).add(token.value);
                continue;
            }
            if (token.value.isBlank()) {
                throw new SearchQueryException("`" + token.key + ":` needs a value, " + EXAMPLE + ".");
            }
            switch (token.key) {
                case "tag" -> tagFilters.add(tags(token.value));
                case "author" -> authors.add(alternatives(token.value));
                case "cat" -> categories.add(categories(token.value));
                case "since" -> since = Optional.of(date(token.value));
                case "like" -> {
                    if (like.isPresent()) {
                        throw new SearchQueryException("One `like:` at a time, please.");
                    }
                    like = Optional.of(paperId(token.value));
                }
                default -> throw new IllegalStateException("unknown key " + token.key);
            }
        }
        return new SearchQuery(words, phrases, tagFilters, authors, categories, since, like);
    }

    private List<String> tags(String value) throws SearchQueryException {
        List<String> out = new ArrayList<>();
        for (String name : alternatives(value)) {
            Optional<String> tag = tags.known(name);
            if (tag.isEmpty()) {
                List<String> close = tags.closest(name, 3);
                throw new SearchQueryException("I don't know the tag `" + clip(name) + "`."
                        + (close.isEmpty() ? " See `/papers tags`." : " Closest: " + close.stream().map(t -> "#" + t).collect(Collectors.joining(", ")) + "."));
            }
            out.add(tag.get());
        }
        return out;
    }

    private static List<String> categories(String value) throws SearchQueryException {
        List<String> out = new ArrayList<>();
        for (String cat : alternatives(value)) {
            String c = cat.toLowerCase(Locale.ROOT);
            if (!CATEGORY.matcher(c).matches()) {
                throw new SearchQueryException("`" + clip(cat) + "` is not an arXiv category; write it like `cat:cs.CL`, or `cat:cs` for all of cs.");
            }
            out.add(c);
        }
        return out;
    }

    private static LocalDate date(String value) throws SearchQueryException {
        try {
            if (YEAR.matcher(value).matches()) {
                return LocalDate.of(Integer.parseInt(value), 1, 1);
            }
            if (MONTH.matcher(value).matches()) {
                return YearMonth.parse(value).atDay(1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new SearchQueryException("`since:" + clip(value) + "` is not a date; write it as YYYY-MM-DD, e.g. `since:2025-01-31`.");
        }
    }

    /** An arXiv id or URL as its versionless id; any other id as shown under a paper ({@code citeulike-1}, a DOI). */
    private static String paperId(String value) throws SearchQueryException {
        String s = value.strip();
        if (s.isEmpty()) {
            throw new SearchQueryException("Like which paper? Use the id shown under a paper, e.g. `like:2506.20639`.");
        }
        return PaperIds.parseArxiv(s).map(PaperIds.ArxivId::id).orElse(s);
    }

    private static List<String> alternatives(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** User text echoed back stays short and free of backticks, so a reply cannot be turned into markup. */
    static String clip(String text) {
        String s = text.replace("`", "'");
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

    /** A free word or phrase ({@code key} null), or a filter with its value. */
    private record Token(String key, String value, boolean quoted) {
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isQuote(c)) {
                int end = closingQuote(text, i + 1);
                out.add(new Token(null, text.substring(i + 1, end), true));
                i = Math.min(n, end + 1);
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && !Character.isSpaceChar(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                String key = filterKey(word);
                if (key == null) {
                    out.add(new Token(null, word, false));
                    i = end;
                } else {
                    int valueStart = i + key.length() + 1;
                    if (valueStart < n && isQuote(text.charAt(valueStart))) {
                        int close = closingQuote(text, valueStart + 1);
                        out.add(new Token(key, text.substring(valueStart + 1, close).strip(), true));
                        i = Math.min(n, close + 1);
                    } else {
                        out.add(new Token(key, word.substring(key.length() + 1), false));
                        i = end;
                    }
                }
            }
        }
        return out;
    }

    private static String filterKey(String word) {
        int colon = word.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String key = word.substring(0, colon).toLowerCase(Locale.ROOT);
        return switch (key) {
            case "tag", "author", "cat", "since", "like" -> key;
            default -> null;
        };
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„';
    }

    private static int closingQuote(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            if (isQuote(text.charAt(j))) {
                return j;
            }
        }
        return text.length();
    }
}
