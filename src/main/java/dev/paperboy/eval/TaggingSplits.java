package dev.paperboy.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How {@code eval tagging} splits its labelled papers: into a development and a test half, and the development
 * half into folds, for choosing the tagger's settings without looking at the test half. Both shuffle with a
 * seed, so every run with the same seed splits alike; folds are dealt round-robin, so they are disjoint, cover
 * every row and differ in size by one at most.
 */
final class TaggingSplits {

    private TaggingSplits() {
    }

    /** Splits row numbers 0..n-1 into a development and a test half, by a seeded shuffle. */
    static List<List<Integer>> halves(int n, long seed) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, new Random(seed));
        List<Integer> dev = new ArrayList<>(rows.subList(0, n / 2));
        List<Integer> test = new ArrayList<>(rows.subList(n / 2, n));
        Collections.sort(dev);
        Collections.sort(test);
        return List.of(dev, test);
    }

    /** The rows dealt into {@code k} folds, each sorted. */
    static List<List<Integer>> folds(List<Integer> rows, int k, long seed) {
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

    /** Rows a curator might have tagged: up to {@code k} per tag whose truth has the tag, drawn with the seed. */
    static List<Integer> examples(TaggingEval.Prepared set, List<Integer> rows, int k, long seed) {
        List<Integer> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed + 1));
        Map<String, Integer> taken = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        for (int r : shuffled) {
            if (set.papers.get(r).truth().stream().anyMatch(t -> taken.getOrDefault(t, 0) < k)) {
                set.papers.get(r).truth().forEach(t -> taken.merge(t, 1, Integer::sum));
                out.add(r);
            }
        }
        Collections.sort(out);
        return out;
    }
}
