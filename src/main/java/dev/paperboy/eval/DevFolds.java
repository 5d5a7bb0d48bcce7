package dev.paperboy.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Folds of the development half, for choosing the tagger's settings without looking at the test half: the rows
 * shuffled with a seed and dealt round-robin into {@code k} folds, so the folds are disjoint, cover every row,
 * differ in size by one at most, and are the same in every run with the same seed.
 */
final class DevFolds {

    private DevFolds() {
    }

    /** The rows dealt into {@code k} folds, each sorted. */
    static List<List<Integer>> split(List<Integer> rows, int k, long seed) {
        if (k < 2 || k > rows.size()) {
            throw new IllegalArgumentException("need 2 to " + rows.size() + " folds, got " + k);
        }
        List<Integer> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
        folds.forEach(Collections::sort);
        return folds.stream().map(List::copyOf).toList();
    }

    /** Every row but those of fold {@code f}: what that fold's model is fitted on. */
    static List<Integer> training(List<List<Integer>> folds, int f) {
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < folds.size(); g++) {
            if (g != f) {
                out.addAll(folds.get(g));
            }
        }
        Collections.sort(out);
        return List.copyOf(out);
    }
}
