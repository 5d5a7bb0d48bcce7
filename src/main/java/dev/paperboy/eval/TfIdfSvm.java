package dev.paperboy.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arxiv-sanity-lite recommender, as a baseline: TF-IDF over words and word pairs (sublinear tf, smooth idf,
 * min_df 5, max_df 10%, 20,000 features, l2 norm), then a linear SVM (hinge loss, C = 0.01, balanced class
 * weights) with the user's papers as positives and every other paper as negatives, solved by dual coordinate
 * descent as liblinear does. Rank by the SVM's margin.
 */
public final class TfIdfSvm {

    private static final Pattern TOKEN = Pattern.compile("\\b[a-zA-Z_][a-zA-Z0-9_]+\\b");
    private static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
            "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into",
            "is", "it", "its", "itself", "just", "may", "me", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your",
            "yours", "yourself", "yourselves", "thus", "using", "used", "use", "via", "based", "well", "show", "shown", "paper");

    private final List<String> ids;
    private final int[][] index;
    private final float[][] value;
    private final int features;

    /** Vectorises the corpus once; each user is then one SVM fit. */
    public TfIdfSvm(Map<String, String> texts) {
        this.ids = new ArrayList<>(texts.keySet());
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (String id : ids) {
            Map<String, Integer> c = terms(texts.get(id));
            counts.add(c);
            c.forEach((t, n) -> {
                df.merge(t, 1, Integer::sum);
                total.merge(t, n, Integer::sum);
            });
        }
        int n = ids.size();
        List<String> vocabulary = df.entrySet().stream()
                .filter(e -> e.getValue() >= 5 && e.getValue() <= 0.1 * n)
                .map(Map.Entry::getKey)
                .sorted((a, b) -> total.get(b) - total.get(a) != 0 ? total.get(b) - total.get(a) : a.compareTo(b))
                .limit(20_000).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            column.put(vocabulary.get(i), i);
        }
        this.features = vocabulary.size();
        this.index = new int[n][];
        this.value = new float[n][];
        for (int d = 0; d < n; d++) {
            List<int[]> cols = new ArrayList<>();
            List<Float> vals = new ArrayList<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(d).entrySet()) {
                Integer col = column.get(e.getKey());
                if (col == null) {
                    continue;
                }
                double w = (1 + Math.log(e.getValue())) * (Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1);
                cols.add(new int[] {col});
                vals.add((float) w);
                norm += w * w;
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            index[d] = cols.stream().mapToInt(c -> c[0]).toArray();
            value[d] = new float[vals.size()];
            for (int k = 0; k < vals.size(); k++) {
                value[d][k] = (float) (vals.get(k) * scale);
            }
        }
    }

    /** Every paper's SVM margin for a user whose papers are {@code positives}. */
    public Map<String, Double> scores(Set<String> positives, long seed) {
        return scores(positives, id -> true, seed);
    }

    /**
     * Every paper's SVM margin, the SVM trained only on the papers {@code trainOn} accepts: {@code positives} among
     * them against the rest of them.
     */
    public Map<String, Double> scores(Set<String> positives, java.util.function.Predicate<String> trainOn, long seed) {
        List<Integer> training = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (trainOn.test(ids.get(i))) {
                training.add(i);
            }
        }
        int n = training.size();
        int[] y = new int[ids.size()];
        int pos = 0;
        for (int i : training) {
            y[i] = positives.contains(ids.get(i)) ? 1 : -1;
            pos += y[i] > 0 ? 1 : 0;
        }
        double c = 0.01;
        double cPos = c * n / (2.0 * Math.max(1, pos));
        double cNeg = c * n / (2.0 * Math.max(1, n - pos));
        double[] w = new double[features + 1];
        double[] alpha = new double[ids.size()];
        Integer[] order = training.toArray(new Integer[0]);
        Random random = new Random(seed);
        for (int iter = 0; iter < 200; iter++) {
            java.util.Collections.shuffle(Arrays.asList(order), random);
            double maxViolation = 0;
            for (int i : order) {
                double upper = y[i] > 0 ? cPos : cNeg;
                double g = y[i] * dot(w, i) - 1;
                double pg = alpha[i] == 0 ? Math.min(g, 0) : alpha[i] == upper ? Math.max(g, 0) : g;
                maxViolation = Math.max(maxViolation, Math.abs(pg));
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    double qii = squaredNorm(i) + 1;
                    alpha[i] = Math.min(Math.max(alpha[i] - g / qii, 0), upper);
                    double delta = (alpha[i] - old) * y[i];
                    for (int k = 0; k < index[i].length; k++) {
                        w[index[i][k]] += delta * value[i][k];
                    }
                    w[features] += delta;
                }
            }
            if (maxViolation < 1e-3) {
                break;
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), dot(w, i));
        }
        return out;
    }

    private double dot(double[] w, int i) {
        double s = w[features];
        for (int k = 0; k < index[i].length; k++) {
            s += w[index[i][k]] * value[i][k];
        }
        return s;
    }

    private double squaredNorm(int i) {
        double s = 0;
        for (float v : value[i]) {
            s += v * v;
        }
        return s;
    }

    static Map<String, Integer> terms(String text) {
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        Map<String, Integer> counts = new HashMap<>();
        String previous = null;
        while (m.find()) {
            String w = m.group();
            if (STOP.contains(w)) {
                previous = null;
                continue;
            }
            counts.merge(w, 1, Integer::sum);
            if (previous != null) {
                counts.merge(previous + " " + w, 1, Integer::sum);
            }
            previous = w;
        }
        return counts;
    }
}
