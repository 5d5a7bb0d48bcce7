package dev.paperboy.tag;

import dev.paperboy.embed.Vectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each tag as the embedding model sees it: a prototype (the tag's name, description and keywords as one text,
 * pulled towards the papers a curator gave that tag) and its keyword phrases one by one. A paper's similarity to
 * a tag is also read relative to its similarity to a fixed reference set of tags (the built-in vocabulary plus
 * this one), because some abstracts are close to every ML topic and some to none: the relative score means the
 * same whatever the size of the vocabulary being tried.
 */
public final class TagPrototypes {

    /** How many curator examples weigh as much as the tag's own text (the pull is n / (n + this)). */
    static final double EXAMPLE_PSEUDO_COUNT = 3.0;
    /** A paper's keyword similarity is the mean of its best few keyword phrases: one is too brittle. */
    static final int TOP_KEYWORDS = 3;

    /** How close one paper is to each tag of the vocabulary, raw and relative to the reference set. */
    public record Similarities(double[] prototype, double[] prototypeZ, double[] keywords, double[] keywordsZ) {
    }

    private final int size;
    private final float[][] prototypes;
    private final float[][][] keywords;

    private TagPrototypes(int size, float[][] prototypes, float[][][] keywords) {
        this.size = size;
        this.prototypes = prototypes;
        this.keywords = keywords;
    }

    /** The text embedded as a tag's prototype. */
    public static String text(Tag tag) {
        return tag.name().replace('-', ' ') + ". " + tag.description()
                + (tag.keywords().isEmpty() ? "" : " Keywords: " + String.join(", ", tag.keywords()));
    }

    /** Every text {@link #build} will ask to embed, so a caller can embed them in one batch. */
    public static List<String> texts(TagVocabulary vocabulary, TagVocabulary reference) {
        List<String> out = new ArrayList<>();
        for (Tag tag : all(vocabulary, reference)) {
            out.add(text(tag));
            out.addAll(tag.keywords());
        }
        return out;
    }

    /**
     * @param embedded the vector of each text from {@link #texts}
     * @param examples vectors of papers a curator tagged, by tag name (tags not in the vocabulary are ignored)
     */
    public static TagPrototypes build(TagVocabulary vocabulary, TagVocabulary reference, Function<String, float[]> embedded,
                                      Map<String, List<float[]>> examples) {
        List<Tag> all = all(vocabulary, reference);
        float[][] prototypes = new float[all.size()][];
        float[][][] keywords = new float[all.size()][][];
        for (int i = 0; i < all.size(); i++) {
            Tag tag = all.get(i);
            float[] own = embedded.apply(text(tag));
            List<float[]> shown = i < vocabulary.all().size() ? examples.getOrDefault(tag.name(), List.of()) : List.of();
            prototypes[i] = shown.isEmpty() ? own : pulled(own, shown);
            keywords[i] = tag.keywords().stream().map(embedded).toArray(float[][]::new);
        }
        return new TagPrototypes(vocabulary.all().size(), prototypes, keywords);
    }

    private static float[] pulled(float[] own, List<float[]> shown) {
        float[] centroid = Vectors.centroid(shown);
        float weight = (float) (shown.size() / (shown.size() + EXAMPLE_PSEUDO_COUNT));
        float[] sum = own.clone();
        for (int d = 0; d < sum.length; d++) {
            sum[d] += weight * centroid[d];
        }
        return Vectors.normalize(sum);
    }

    /** The vocabulary's tags first, then the reference tags it does not redefine. */
    private static List<Tag> all(TagVocabulary vocabulary, TagVocabulary reference) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        vocabulary.all().forEach(t -> byName.put(t.name(), t));
        reference.all().forEach(t -> byName.putIfAbsent(t.name(), t));
        return List.copyOf(byName.values());
    }

    public Similarities of(float[] paper) {
        int n = prototypes.length;
        double[] proto = new double[n];
        double[] words = new double[n];
        for (int i = 0; i < n; i++) {
            proto[i] = Vectors.dot(paper, prototypes[i]);
            words[i] = topMean(paper, keywords[i]);
        }
        return new Similarities(head(proto), head(standardized(proto)), head(words), head(standardized(words)));
    }

    private static double topMean(float[] paper, float[][] phrases) {
        if (phrases.length == 0) {
            return 0;
        }
        double[] best = new double[Math.min(TOP_KEYWORDS, phrases.length)];
        java.util.Arrays.fill(best, -2);
        for (float[] phrase : phrases) {
            double s = Vectors.dot(paper, phrase);
            int worst = 0;
            for (int j = 1; j < best.length; j++) {
                if (best[j] < best[worst]) {
                    worst = j;
                }
            }
            if (s > best[worst]) {
                best[worst] = s;
            }
        }
        double sum = 0;
        for (double b : best) {
            sum += b;
        }
        return sum / best.length;
    }

    private static double[] standardized(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / values.length);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = sd == 0 ? 0 : (values[i] - mean) / sd;
        }
        return out;
    }

    private double[] head(double[] values) {
        return java.util.Arrays.copyOf(values, size);
    }
}
