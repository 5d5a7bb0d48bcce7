package dev.paperboy.bench;

import dev.paperboy.paper.Paper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Queries people would type, drawn from real papers: a few consecutive title words most often, whole titles,
 * and words with each filter, a quoted phrase, an author alone, or {@code like:}. Each query has a kind so
 * latency can be reported per kind.
 */
public final class SearchBenchQueries {

    /** A query and what kind it is. */
    record Query(String kind, String text) {
    }

    public static final Set<String> STOP = Set.of("a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "via", "by",
            "from", "is", "are", "at", "as", "its", "their", "we", "or", "into", "towards", "toward", "through", "using");

    private SearchBenchQueries() {
    }

    /** {@code n} distinct queries; {@code tagsOf} gives a paper's tags for {@code tag:} queries. */
    static List<Query> generate(List<Paper> papers, int n, long seed, Function<Paper, List<String>> tagsOf) {
        Random random = new Random(seed);
        Map<String, Query> out = new LinkedHashMap<>();
        int attempts = 0;
        while (out.size() < n && attempts++ < n * 20) {
            Paper p = papers.get(random.nextInt(papers.size()));
            List<String> words = words(p.title());
            if (words.size() < 2) {
                continue;
            }
            String some = String.join(" ", window(words, 2 + random.nextInt(3), random));
            double r = random.nextDouble();
            Query q;
            if (r < 0.50) {
                q = new Query("words", some);
            } else if (r < 0.60) {
                q = new Query("title", p.title());
            } else if (r < 0.70) {
                List<String> tags = tagsOf.apply(p);
                q = tags.isEmpty() ? new Query("words", some) : new Query("words+tag", some + " tag:" + tags.get(random.nextInt(tags.size())));
            } else if (r < 0.78) {
                LocalDate since = p.published().atZone(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(90));
                q = new Query("words+since", some + " since:" + since);
            } else if (r < 0.83) {
                q = p.categories().isEmpty() ? new Query("words", some) : new Query("words+cat", some + " cat:" + p.categories().get(0));
            } else if (r < 0.88) {
                String author = p.authors().isEmpty() ? "" : p.authors().get(random.nextInt(p.authors().size()));
                String[] parts = author.split("\\s+");
                String last = parts[parts.length - 1].replaceAll("[^\\p{L}-]", "");
                q = last.length() < 3 ? new Query("words", some) : new Query("author", "author:" + last);
            } else if (r < 0.95) {
                List<String> pair = window(words, 2, random);
                q = new Query("phrase", "\"" + String.join(" ", pair) + "\" " + words.get(random.nextInt(words.size())));
            } else {
                q = new Query("like", "like:" + p.id());
            }
            out.putIfAbsent(q.text().toLowerCase(Locale.ROOT), q);
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> !w.isBlank() && !w.equals("-")).toList();
    }

    /** A run of {@code size} consecutive words that is not only stop words. */
    private static List<String> window(List<String> words, int size, Random random) {
        int k = Math.min(size, words.size());
        for (int attempt = 0; attempt < 5; attempt++) {
            int start = random.nextInt(words.size() - k + 1);
            List<String> w = words.subList(start, start + k);
            if (!STOP.containsAll(w)) {
                return w;
            }
        }
        return words.subList(0, k);
    }
}
