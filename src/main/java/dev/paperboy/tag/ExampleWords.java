package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What curators' tagged papers say about each tag in words: for every tag with enough examples, a logistic
 * model over the TF-IDF of the words and word pairs of title and abstract, trained on the papers curators
 * tagged (a paper with the tag against those they tagged otherwise). It reads the whole abstract, where the
 * embedding model reads its first 128 word pieces, and it learns the words a vocabulary's keywords missed
 * ("variational", "posterior" for a Bayesian tag). A tag with too few examples has no model and the tagger
 * reads it from its definition alone.
 */
public final class ExampleWords {

    /** Papers that carry a tag, at least, before its words are learned. */
    static final int MIN_POSITIVES = 3;
    /** Tagged papers, at least, before any tag's words are learned: fewer cannot tell a tag's words from chance. */
    static final int MIN_PAPERS = 30;
    /** A word must be in this many tagged papers to count: rarer ones only memorise single papers. */
    private static final int MIN_DOCUMENTS = 3;
    private static final double RIDGE = 1e-4;
    private static final int EPOCHS = 100;
    private static final double STEP = 0.05;

    public static final ExampleWords NONE = new ExampleWords(Map.of(), Map.of(), new double[0][]);

    private final Map<String, Integer> terms;
    private final Map<Integer, Double> idf;
    /** Per vocabulary tag: term weights then the bias, or null when the tag has no model. */
    private final double[][] models;

    private ExampleWords(Map<String, Integer> terms, Map<Integer, Double> idf, double[][] models) {
        this.terms = terms;
        this.idf = idf;
        this.models = models;
    }

    /**
     * @param papers papers a curator tagged, each with all the tags it should have
     * @param tags   the vocabulary's tag names, in order
     */
    public static ExampleWords fit(List<Paper> papers, List<Set<String>> labels, List<String> tags) {
        if (papers.size() < MIN_PAPERS) {
            return NONE;
        }
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (Paper p : papers) {
            Map<String, Integer> tf = termCounts(p);
            counts.add(tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        Map<String, Integer> terms = new HashMap<>();
        Map<Integer, Double> idf = new HashMap<>();
        df.forEach((term, n) -> {
            if (n >= MIN_DOCUMENTS) {
                int id = terms.size();
                terms.put(term, id);
                idf.put(id, Math.log((double) papers.size() / n));
            }
        });
        ExampleWords shell = new ExampleWords(terms, idf, new double[0][]);
        List<Sparse> docs = counts.stream().map(shell::vector).toList();
        double[][] models = new double[tags.size()][];
        for (int t = 0; t < tags.size(); t++) {
            boolean[] y = new boolean[papers.size()];
            int positives = 0;
            for (int i = 0; i < y.length; i++) {
                y[i] = labels.get(i).contains(tags.get(t));
                positives += y[i] ? 1 : 0;
            }
            if (positives >= MIN_POSITIVES && positives < papers.size()) {
                models[t] = train(docs, y, terms.size());
            }
        }
        return new ExampleWords(terms, idf, models);
    }

    /** Whether the tag (vocabulary index) has a model. */
    public boolean has(int tag) {
        return tag < models.length && models[tag] != null;
    }

    /** The log-odds each tag's model gives the paper (0 for tags without one), in vocabulary order. */
    public double[] logits(Paper paper, int tags) {
        double[] out = new double[tags];
        if (models.length == 0) {
            return out;
        }
        Sparse x = vector(termCounts(paper));
        for (int t = 0; t < tags; t++) {
            if (has(t)) {
                out[t] = x.dot(models[t]);
            }
        }
        return out;
    }

    private record Sparse(int[] index, double[] value) {
        double dot(double[] w) {
            double z = w[w.length - 1];
            for (int i = 0; i < index.length; i++) {
                z += w[index[i]] * value[i];
            }
            return z;
        }
    }

    /** Log-scaled counts times idf, to unit length, so long and short abstracts weigh alike. */
    private Sparse vector(Map<String, Integer> counts) {
        List<int[]> ids = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer id = terms.get(e.getKey());
            if (id != null) {
                double v = (1 + Math.log(e.getValue())) * idf.get(id);
                ids.add(new int[] {id});
                values.add(v);
                norm += v * v;
            }
        }
        int[] index = new int[ids.size()];
        double[] value = new double[ids.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = ids.get(i)[0];
            value[i] = norm == 0 ? 0 : values.get(i) / Math.sqrt(norm);
        }
        return new Sparse(index, value);
    }

    /** Words of three letters or more, and pairs of neighbouring such words ("language_model"). */
    static Map<String, Integer> termCounts(Paper paper) {
        Map<String, Integer> tf = new HashMap<>();
        String previous = null;
        for (String w : (paper.title() + " . " + paper.abstractText()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3) {
                previous = null;
                continue;
            }
            tf.merge(w, 1, Integer::sum);
            if (previous != null) {
                tf.merge(previous + "_" + w, 1, Integer::sum);
            }
            previous = w;
        }
        return tf;
    }

    /** Full-batch Adam on the ridge-penalised log loss: deterministic, and a few hundred papers train in milliseconds. */
    private static double[] train(List<Sparse> docs, boolean[] y, int dimension) {
        int d = dimension + 1;
        double[] w = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            double[] g = new double[d];
            for (int i = 0; i < docs.size(); i++) {
                Sparse x = docs.get(i);
                double err = 1 / (1 + Math.exp(-x.dot(w))) - (y[i] ? 1 : 0);
                for (int k = 0; k < x.index().length; k++) {
                    g[x.index()[k]] += err * x.value()[k];
                }
                g[d - 1] += err;
            }
            double c1 = 1 - Math.pow(0.9, epoch);
            double c2 = 1 - Math.pow(0.999, epoch);
            for (int j = 0; j < d; j++) {
                double grad = g[j] / docs.size() + (j < d - 1 ? RIDGE * w[j] : 0);
                m[j] = 0.9 * m[j] + 0.1 * grad;
                v[j] = 0.999 * v[j] + 0.001 * grad * grad;
                w[j] -= STEP * (m[j] / c1) / (Math.sqrt(v[j] / c2) + 1e-8);
            }
        }
        return w;
    }
}
