package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TF-IDF vectors of papers (words and word pairs, sublinear term frequency) for the lexical half of a channel's
 * taste. The embedding model reads only a paper's first 128 tokens; these read all of it, and names, acronyms
 * and rare terms count. Document frequencies grow with every paper seen.
 */
final class LexicalProfile {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "are", "our", "from", "which",
            "can", "these", "have", "has", "been", "its", "their", "not", "but", "also", "such", "using", "use", "used",
            "show", "into", "than", "more", "both", "while", "between", "over", "other", "they", "was", "were", "may", "how",
            "new", "two", "one", "via", "based", "approach", "method", "methods", "paper", "propose", "proposed", "results",
            "work", "model", "models", "however", "through", "each", "well", "only", "all", "most", "when", "what", "where");

    /** Sparse vectors by paper id, and how many documents carry each term. */
    private final Map<String, Map<String, Float>> termFrequencies = new ConcurrentHashMap<>();
    private final Map<String, Integer> documentFrequency = new ConcurrentHashMap<>();
    /** Weighted vectors, recomputed once the corpus has grown a tenth since they were made (idf drifts slowly). */
    private final Map<String, Map<String, Float>> vectors = new ConcurrentHashMap<>();
    private volatile int vectorsMadeAt;

    /** Makes sure each paper's terms are counted once. */
    void observe(Collection<Paper> papers) {
        for (Paper p : papers) {
            termFrequencies.computeIfAbsent(p.id(), id -> {
                Map<String, Float> tf = termFrequency(p.text());
                tf.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
                return tf;
            });
        }
    }

    int documents() {
        return termFrequencies.size();
    }

    /** A unit-length TF-IDF vector of an observed paper. */
    Map<String, Float> vector(String paperId) {
        int documents = termFrequencies.size();
        if (documents > vectorsMadeAt * 1.1) {
            vectors.clear();
            vectorsMadeAt = documents;
        }
        return vectors.computeIfAbsent(paperId, this::weigh);
    }

    private Map<String, Float> weigh(String paperId) {
        Map<String, Float> tf = termFrequencies.getOrDefault(paperId, Map.of());
        double n = Math.max(1, termFrequencies.size());
        Map<String, Float> v = new HashMap<>(tf.size() * 2);
        double norm = 0;
        for (Map.Entry<String, Float> e : tf.entrySet()) {
            int df = documentFrequency.getOrDefault(e.getKey(), 1);
            if (df < 2) {
                continue; // a term no other paper has cannot connect two papers
            }
            double weight = e.getValue() * Math.log((n + 1) / (df + 1));
            if (weight > 0) {
                v.put(e.getKey(), (float) weight);
                norm += weight * weight;
            }
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        v.replaceAll((k, x) -> (float) (x * scale));
        return v;
    }

    static Map<String, Float> termFrequency(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Map<String, Integer> counts = new HashMap<>();
        String previous = null;
        for (String w : words) {
            if (w.length() < 3 || STOP.contains(w)) {
                previous = null;
                continue;
            }
            counts.merge(w, 1, Integer::sum);
            if (previous != null) {
                counts.merge(previous + " " + w, 1, Integer::sum);
            }
            previous = w;
        }
        Map<String, Float> tf = new HashMap<>(counts.size() * 2);
        counts.forEach((term, count) -> tf.put(term, (float) (1 + Math.log(count))));
        return tf;
    }

}
