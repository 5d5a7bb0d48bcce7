package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import com.carrotsearch.hppc.IntIntHashMap;
import java.util.Arrays;
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

    /** A unit-length sparse vector: term ids (hashes of the words and word pairs) and their weights. */
    record Vector(int[] terms, float[] values) {
        static final Vector EMPTY = new Vector(new int[0], new float[0]);
    }

    /** Term frequencies of one paper. */
    private record Counts(int[] terms, float[] tf) {
    }

    /**
     * Each observed paper's term counts, and how many papers carry each term. Terms are known by their string
     * hash: a dictionary of every word pair ever read would cost more memory than the papers, and two terms of a
     * few million sharing a hash changes nothing a reader would notice.
     */
    private final Map<String, Counts> counts = new ConcurrentHashMap<>();
    private final IntIntHashMap documentFrequency = new IntIntHashMap();
    /** Weighted vectors, recomputed once the corpus has grown a tenth since they were made (idf drifts slowly). */
    private final Map<String, Vector> vectors = new ConcurrentHashMap<>();
    private volatile int vectorsMadeAt;
    /** Papers observed since the last {@link #retain}: one being trained on is never dropped under it. */
    private final Set<String> recent = ConcurrentHashMap.newKeySet();

    /** Makes sure each paper's terms are counted once. */
    void observe(Collection<Paper> papers) {
        for (Paper p : papers) {
            recent.add(p.id());
            if (counts.containsKey(p.id())) {
                continue;
            }
            Counts c = counts(termFrequency(p.text()));
            if (counts.putIfAbsent(p.id(), c) == null) {
                synchronized (documentFrequency) {
                    for (int term : c.terms()) {
                        documentFrequency.addTo(term, 1);
                    }
                }
            }
        }
    }

    /**
     * Forgets the papers neither in {@code keep} nor observed since the last call, so the profile follows the fresh
     * papers instead of growing with every paper ever read; a forgotten paper is counted again if it is observed.
     */
    void retain(Set<String> keep) {
        for (String id : counts.keySet()) {
            if (!keep.contains(id) && !recent.contains(id)) {
                Counts c = counts.remove(id);
                if (c != null) {
                    synchronized (documentFrequency) {
                        for (int term : c.terms()) {
                            if (documentFrequency.addTo(term, -1) <= 0) {
                                documentFrequency.remove(term);
                            }
                        }
                    }
                }
                vectors.remove(id);
            }
        }
        recent.clear();
    }

    int documents() {
        return counts.size();
    }

    /** A unit-length TF-IDF vector of an observed paper (empty for one never observed). */
    Vector vector(String paperId) {
        int documents = counts.size();
        if (documents > vectorsMadeAt * 1.1) {
            vectors.clear();
            vectorsMadeAt = documents;
        }
        Vector v = vectors.get(paperId);
        if (v == null) {
            v = weigh(paperId);
            vectors.put(paperId, v);
        }
        return v;
    }

    private Vector weigh(String paperId) {
        Counts c = counts.get(paperId);
        if (c == null) {
            return Vector.EMPTY;
        }
        double n = Math.max(1, counts.size());
        int[] terms = new int[c.terms().length];
        float[] values = new float[terms.length];
        int k = 0;
        double norm = 0;
        synchronized (documentFrequency) {
            for (int i = 0; i < c.terms().length; i++) {
                int df = Math.max(1, documentFrequency.get(c.terms()[i]));
                if (df < 2) {
                    continue; // a term no other paper has cannot connect two papers
                }
                double weight = c.tf()[i] * Math.log((n + 1) / (df + 1));
                if (weight > 0) {
                    terms[k] = c.terms()[i];
                    values[k++] = (float) weight;
                    norm += weight * weight;
                }
            }
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        for (int i = 0; i < k; i++) {
            values[i] *= scale;
        }
        return new Vector(Arrays.copyOf(terms, k), Arrays.copyOf(values, k));
    }

    private static Counts counts(Map<String, Float> tf) {
        int[] terms = new int[tf.size()];
        float[] values = new float[tf.size()];
        int i = 0;
        for (Map.Entry<String, Float> e : tf.entrySet()) {
            terms[i] = e.getKey().hashCode();
            values[i++] = e.getValue();
        }
        return new Counts(terms, values);
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
