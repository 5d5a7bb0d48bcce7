package dev.paperboy.eval;

import dev.paperboy.tag.HybridScorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The held-out-tags cross-check of {@code eval tagging}: the tags the development half uses are split in two by
 * the seed; the weights and threshold are fitted on one half of the tags only, and the tagger is measured on the
 * test papers on the other half, then the halves swap and the counts add up. A method that only fits the tags
 * it was tuned on shows here. Measured twice: with no curator's tags at all (a new vocabulary's first day), and
 * after the development papers were tagged by curators (every tag, as corrections arrive).
 */
final class HeldOutTags {

    private final TaggingEval eval;
    private final TaggingEval.Prepared set;
    private final TaggingReport report;

    HeldOutTags(TaggingEval eval, TaggingEval.Prepared set, TaggingReport report) {
        this.eval = eval;
        this.set = set;
        this.report = report;
    }

    void run(List<Integer> dev, List<Integer> test, long seed) {
        Set<String> used = new TreeSet<>();
        dev.forEach(r -> used.addAll(set.papers.get(r).truth()));
        List<String> shuffled = new ArrayList<>(used);
        Collections.shuffle(shuffled, new Random(seed + 3));
        List<Set<String>> halves = List.of(new TreeSet<>(), new TreeSet<>());
        for (int i = 0; i < shuffled.size(); i++) {
            halves.get(i % 2).add(shuffled.get(i));
        }
        List<Set<String>> truth = new ArrayList<>();
        List<Set<String>> cold = new ArrayList<>();
        List<Set<String>> corrected = new ArrayList<>();
        List<Set<String>> tuned = new ArrayList<>();
        List<Set<String>> tunedTruth = new ArrayList<>();
        StringBuilder cuts = new StringBuilder();
        for (int h = 0; h < 2; h++) {
            Set<String> fitted = halves.get(h);
            Set<String> held = halves.get(1 - h);
            TaggingEval.Calibrated c = eval.calibrate(set, dev, fitted, seed);
            double cut = c.cut().threshold();
            cuts.append(String.format(java.util.Locale.ROOT, "%s%.3f", h == 0 ? "" : " and ", cut));
            double[][] p = set.probabilities(c.weights());
            HybridScorer learned = eval.learned(set, dev, c.weights(), cut);
            double[][] q = eval.probabilities(set, test, learned);
            List<Set<String>> coldTags = eval.assigned(test, p, cut);
            List<Set<String>> learnedTags = eval.assigned(test, q, cut);
            for (int i = 0; i < test.size(); i++) {
                Set<String> want = set.papers.get(test.get(i)).truth();
                truth.add(only(want, held));
                cold.add(only(coldTags.get(i), held));
                corrected.add(only(learnedTags.get(i), held));
                tunedTruth.add(only(want, fitted));
                tuned.add(only(coldTags.get(i), fitted));
            }
        }
        report.heldOut(String.format(java.util.Locale.ROOT, "The %d tags the development half uses, split in two by the seed (%d and %d tags);"
                + " weights and threshold fitted on the development papers on one half (thresholds %s), measured on the test papers on the other"
                + " half, then the halves swapped; counts summed over both.", used.size(), halves.get(0).size(), halves.get(1).size(), cuts));
        report.row("heldout", "hybrid, on the tags it was fitted on (for comparison), no curator's tags", TagMetrics.of(tuned, tunedTruth));
        report.row("heldout", "hybrid, on the held-out tags, no curator's tags", TagMetrics.of(cold, truth));
        report.row("heldout", "hybrid, on the held-out tags, + all dev papers as curators' tags", TagMetrics.of(corrected, truth));
    }

    private static Set<String> only(Set<String> tags, Set<String> keep) {
        Set<String> out = new TreeSet<>(tags);
        out.retainAll(keep);
        return out;
    }
}
