package dev.paperboy.recommend;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntFloatHashMap;
import com.carrotsearch.hppc.IntIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A linear SVM on sparse TF-IDF vectors (hinge loss, class-balanced C, bias), solved by dual coordinate descent
 * as liblinear does: the lexical half of a channel's taste. Liked papers are the positives; disliked and unread
 * ones the negatives, as arxiv-sanity does with a user's library.
 *
 * <p>A trained model keeps only its {@link #MAX_TERMS} heaviest weights: a model lives in memory for each
 * channel, and the thousands of faint weights a few hundred unread papers leave behind move a paper's margin by
 * a few hundredths (docs/PERFORMANCE.md).
 */
final class SparseSvm {

    private static final double C = 0.01;
    private static final int MAX_PASSES = 60;
    private static final double TOLERANCE = 1e-3;
    /** The weights a trained model keeps, heaviest first. */
    static final int MAX_TERMS = 4_096;

    /** Bits of a term's hash kept by {@link #present}. */
    private static final int FILTER_BITS = 16;

    private final IntFloatHashMap w;
    private final double bias;
    /**
     * One bit per low {@value #FILTER_BITS} bits of a kept term: most of a paper's terms carry no weight, and this
     * 8 KB filter (in the processor's nearest cache) says so without probing the map.
     */
    private final long[] present = new long[(1 << FILTER_BITS) / 64];

    private SparseSvm(IntFloatHashMap w, double bias) {
        this.w = w;
        this.bias = bias;
        for (com.carrotsearch.hppc.cursors.IntCursor term : w.keys()) {
            int bit = term.value & ((1 << FILTER_BITS) - 1);
            present[bit >>> 6] |= 1L << bit;
        }
    }

    static SparseSvm train(List<LexicalProfile.Vector> positives, List<LexicalProfile.Vector> negatives, Random random) {
        List<LexicalProfile.Vector> x = new ArrayList<>(positives);
        x.addAll(negatives);
        int n = x.size();
        // The training papers' terms numbered densely, so the weights are an array while training.
        IntIntHashMap local = new IntIntHashMap();
        int[][] index = new int[n][];
        IntArrayList terms = new IntArrayList();
        for (int i = 0; i < n; i++) {
            int[] t = x.get(i).terms();
            index[i] = new int[t.length];
            for (int k = 0; k < t.length; k++) {
                int slot = local.indexOf(t[k]);
                if (local.indexExists(slot)) {
                    index[i][k] = local.indexGet(slot);
                } else {
                    index[i][k] = terms.size();
                    local.indexInsert(slot, t[k], terms.size());
                    terms.add(t[k]);
                }
            }
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < positives.size() ? 1 : -1;
        }
        double cPos = C * n / (2.0 * Math.max(1, positives.size()));
        double cNeg = C * n / (2.0 * Math.max(1, negatives.size()));
        double[] alpha = new double[n];
        double[] squaredNorm = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1; // the bias feature
            for (float v : x.get(i).values()) {
                s += v * v;
            }
            squaredNorm[i] = s;
        }
        double[] w = new double[terms.size()];
        double bias = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Collections.shuffle(order, random);
            double maxViolation = 0;
            for (int i : order) {
                int[] idx = index[i];
                float[] val = x.get(i).values();
                double margin = bias;
                for (int k = 0; k < idx.length; k++) {
                    margin += w[idx[k]] * val[k];
                }
                double upper = y[i] > 0 ? cPos : cNeg;
                double g = y[i] * margin - 1;
                double pg = alpha[i] == 0 ? Math.min(g, 0) : alpha[i] >= upper ? Math.max(g, 0) : g;
                maxViolation = Math.max(maxViolation, Math.abs(pg));
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(alpha[i] - g / squaredNorm[i], 0), upper);
                    double delta = (alpha[i] - old) * y[i];
                    for (int k = 0; k < idx.length; k++) {
                        w[idx[k]] += delta * val[k];
                    }
                    bias += delta;
                }
            }
            if (maxViolation < TOLERANCE) {
                break;
            }
        }
        return new SparseSvm(heaviest(w, terms.toArray()), bias);
    }

    double margin(LexicalProfile.Vector x) {
        double s = bias;
        int[] terms = x.terms();
        float[] values = x.values();
        for (int k = 0; k < terms.length; k++) {
            int bit = terms[k] & ((1 << FILTER_BITS) - 1);
            if ((present[bit >>> 6] & (1L << bit)) != 0) {
                s += w.get(terms[k]) * values[k];
            }
        }
        return s;
    }

    int size() {
        return w.size();
    }

    private static IntFloatHashMap heaviest(double[] w, int[] terms) {
        double threshold = 0;
        if (w.length > MAX_TERMS) {
            double[] magnitudes = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                magnitudes[i] = Math.abs(w[i]);
            }
            Arrays.sort(magnitudes);
            threshold = magnitudes[w.length - MAX_TERMS];
        }
        IntFloatHashMap kept = new IntFloatHashMap(Math.min(w.length, MAX_TERMS));
        for (int i = 0; i < w.length && kept.size() < MAX_TERMS; i++) {
            if (w[i] != 0 && Math.abs(w[i]) >= threshold) {
                kept.put(terms[i], (float) w[i]);
            }
        }
        return kept;
    }
}
