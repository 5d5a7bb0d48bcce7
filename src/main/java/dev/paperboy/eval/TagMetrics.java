package dev.paperboy.eval;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per tag and micro-averaged, over the tags the truth uses: a tag no paper of the
 * truth carries cannot be judged (the mapping may simply never produce it), so predictions of it are counted
 * apart rather than as errors.
 */
final class TagMetrics {

    /** Counts for one tag (or all of them). */
    record Prf(int tp, int fp, int fn) {
        int support() {
            return tp + fn;
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    private final Map<String, Prf> byTag;
    private final int unjudged;

    private TagMetrics(Map<String, Prf> byTag, int unjudged) {
        this.byTag = byTag;
        this.unjudged = unjudged;
    }

    /** The judged tags are those in {@code truth}; papers are matched by position. */
    static TagMetrics of(List<? extends Collection<String>> predicted, List<? extends Collection<String>> truth) {
        Set<String> judged = new java.util.TreeSet<>();
        truth.forEach(judged::addAll);
        Map<String, int[]> counts = new TreeMap<>();
        judged.forEach(t -> counts.put(t, new int[3]));
        int unjudged = 0;
        for (int i = 0; i < truth.size(); i++) {
            Collection<String> want = truth.get(i);
            for (String tag : predicted.get(i)) {
                if (!judged.contains(tag)) {
                    unjudged++;
                } else {
                    counts.get(tag)[want.contains(tag) ? 0 : 1]++;
                }
            }
            for (String tag : want) {
                if (!predicted.get(i).contains(tag)) {
                    counts.get(tag)[2]++;
                }
            }
        }
        Map<String, Prf> byTag = new TreeMap<>();
        counts.forEach((t, c) -> byTag.put(t, new Prf(c[0], c[1], c[2])));
        return new TagMetrics(byTag, unjudged);
    }

    Prf micro() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Prf p : byTag.values()) {
            tp += p.tp();
            fp += p.fp();
            fn += p.fn();
        }
        return new Prf(tp, fp, fn);
    }

    double macroF1() {
        return byTag.values().stream().mapToDouble(Prf::f1).average().orElse(0);
    }

    Map<String, Prf> byTag() {
        return byTag;
    }

    /** Predictions of tags the truth never uses. */
    int unjudged() {
        return unjudged;
    }
}
