package dev.paperboy.recommend;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntFloatHashMap;
import com.carrotsearch.hppc.IntIntHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A linear SVM on sparse TF-IDF vectors (hinge loss, class-balanced C, bias), solved by dual coordinate descent
 * as liblinear does: the lexical half of a channel's taste. Liked papers are the positives; disliked and unread
 * ones the negatives, as arxiv-sanity does with a user's library. A paper a member disliked is evidence as
 * strong as one they liked, so it gets the positives' C; the unread papers share the rest between them, each
 * weighing little (most are simply not about the channel's interest, some are).
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

    /** An empty slot of {@link #table}: no kept weight is 0, so no entry has these bits. */
    private static final long EMPTY = 0L;

    private final double bias;
    private final int size;
    /**
     * The kept weights, by term, in an open-addressing table half full, each entry one long (the term in the
     * high half, the weight's bits in the low half): a lookup is one read from memory where a map of two arrays
     * needs two, and ranking looks up every term of thousands of papers per plan (docs/PERFORMANCE.md).
     */
    private final long[] table;
    private final int mask;
    private final int shift;
    /**
     * One bit per low 16 bits of the kept terms: most of a paper's terms carry no weight, and this 8 KB filter,
     * small enough for the processor's nearest cache, says so without reading the table.
     */
    private final long[] present = new long[1 << 10];

    private SparseSvm(IntFloatHashMap w, double bias) {
        this.bias = bias;
        this.size = w.size();
        int slots = Integer.highestOneBit(Math.max(16, w.size() * 2) - 1) << 1;
        this.table = new long[slots];
        this.mask = slots - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots);
        for (com.carrotsearch.hppc.cursors.IntFloatCursor e : w) {
            if (e.value == 0f) {
                continue; // adds nothing, and its entry could read as empty
            }
            int slot = slot(e.key);
            while (table[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[slot] = ((long) e.key << 32) | (Float.floatToRawIntBits(e.value) & 0xFFFFFFFFL);
            present[(e.key & 0xFFFF) >>> 6] |= 1L << e.key;
        }
    }

    private int slot(int term) {
        return (term * 0x9E3779B9) >>> shift; // Fibonacci hashing: the product's top bits
    }

    private float weight(int term) {
        for (int slot = slot(term); ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == EMPTY) {
                return 0f;
            }
            if ((int) (entry >>> 32) == term) {
                return Float.intBitsToFloat((int) entry);
            }
        }
    }

    /** A model of {@code positives} against {@code negatives}, all of them unread papers (weak negatives). */
    static SparseSvm train(List<LexicalProfile.Vector> positives, List<LexicalProfile.Vector> negatives, Random random) {
        return train(positives, List.of(), negatives, random);
    }

    /**
     * A model of {@code positives} against {@code disliked} papers, weighed as the positives are, and
     * {@code unread} ones, which together weigh as much as the positives (class-balanced, as liblinear's weights).
     */
    static SparseSvm train(List<LexicalProfile.Vector> positives, List<LexicalProfile.Vector> disliked,
                           List<LexicalProfile.Vector> unread, Random random) {
        List<LexicalProfile.Vector> x = new ArrayList<>(positives);
        x.addAll(disliked);
        x.addAll(unread);
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
        double cUnread = C * n / (2.0 * Math.max(1, unread.size()));
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            upper[i] = i < positives.size() + disliked.size() ? cPos : cUnread;
        }
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
                double g = y[i] * margin - 1;
                double pg = alpha[i] == 0 ? Math.min(g, 0) : alpha[i] >= upper[i] ? Math.max(g, 0) : g;
                maxViolation = Math.max(maxViolation, Math.abs(pg));
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(alpha[i] - g / squaredNorm[i], 0), upper[i]);
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
        return margin(x.terms(), x.values(), 0, x.terms().length);
    }

    /** The margin of the sparse vector at {@code [from, to)} of {@code terms} and {@code values}. */
    double margin(int[] terms, float[] values, int from, int to) {
        double s = bias;
        for (int k = from; k < to; k++) {
            int term = terms[k];
            if ((present[(term & 0xFFFF) >>> 6] & (1L << term)) != 0) {
                s += weight(term) * values[k];
            }
        }
        return s;
    }

    int size() {
        return size;
    }

    private static IntFloatHashMap heaviest(double[] w, int[] terms) {
        double threshold = 0;
        if (w.length > MAX_TERMS) {
            double[] magnitudes = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                magnitudes[i] = Math.abs(w[i]);
            }
            threshold = largest(magnitudes, MAX_TERMS);
        }
        IntFloatHashMap kept = new IntFloatHashMap(Math.min(w.length, MAX_TERMS));
        for (int i = 0; i < w.length && kept.size() < MAX_TERMS; i++) {
            if (w[i] != 0 && Math.abs(w[i]) >= threshold) {
                kept.put(terms[i], (float) w[i]);
            }
        }
        return kept;
    }

    /**
     * The {@code k}-th largest value (Hoare's selection; the array is reordered): a training keeps a few thousand of
     * a hundred thousand weights, and sorting them all took a tenth of its time.
     */
    static double largest(double[] values, int k) {
        int target = values.length - k;
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            double pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return values[target];
    }
}
