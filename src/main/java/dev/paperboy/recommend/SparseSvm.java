package dev.paperboy.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A linear SVM on sparse TF-IDF vectors (hinge loss, class-balanced C, bias), solved by dual coordinate descent
 * as liblinear does: the lexical half of a channel's taste. Liked papers are the positives; disliked and unread
 * ones the negatives, as arxiv-sanity does with a user's library.
 */
final class SparseSvm {

    private static final double C = 0.01;
    private static final int MAX_PASSES = 60;
    private static final double TOLERANCE = 1e-3;

    private final Map<String, Double> w;
    private final double bias;

    private SparseSvm(Map<String, Double> w, double bias) {
        this.w = w;
        this.bias = bias;
    }

    static SparseSvm train(List<Map<String, Float>> positives, List<Map<String, Float>> negatives, Random random) {
        List<Map<String, Float>> x = new ArrayList<>(positives);
        x.addAll(negatives);
        int n = x.size();
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
        Map<String, Double> w = new HashMap<>();
        double[] bias = {0};
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Collections.shuffle(order, random);
            double maxViolation = 0;
            for (int i : order) {
                double upper = y[i] > 0 ? cPos : cNeg;
                double g = y[i] * margin(w, bias[0], x.get(i)) - 1;
                double pg = alpha[i] == 0 ? Math.min(g, 0) : alpha[i] >= upper ? Math.max(g, 0) : g;
                maxViolation = Math.max(maxViolation, Math.abs(pg));
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(alpha[i] - g / squaredNorm[i], 0), upper);
                    double delta = (alpha[i] - old) * y[i];
                    x.get(i).forEach((term, v) -> w.merge(term, delta * v, Double::sum));
                    bias[0] += delta;
                }
            }
            if (maxViolation < TOLERANCE) {
                break;
            }
        }
        return new SparseSvm(w, bias[0]);
    }

    double margin(Map<String, Float> x) {
        return margin(w, bias, x);
    }

    private static double margin(Map<String, Double> w, double bias, Map<String, Float> x) {
        double s = bias;
        for (Map.Entry<String, Float> e : x.entrySet()) {
            Double weight = w.get(e.getKey());
            if (weight != null) {
                s += weight * e.getValue();
            }
        }
        return s;
    }
}
