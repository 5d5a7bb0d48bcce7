package dev.paperboy.tag;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Which of a paper's tags it gets, from every tag's probability and the shared threshold. Each tag is judged
 * against the threshold alone, which can give a paper many tags or none; the rule adds what is known about a
 * paper as a whole: a paper with no tag reaches no channel, so its likeliest tag is kept when it reaches a floor;
 * optionally a tag far weaker than the paper's best is dropped, and a paper keeps at most so many tags.
 *
 * @param most     the most tags a paper keeps, its likeliest ones (0: no limit)
 * @param floor    when no tag reaches the threshold, the likeliest is kept if it reaches this fraction of it
 *                 (0: always; 1 or more: never)
 * @param relative a tag is kept only if its probability is at least this fraction of the paper's best (0: any)
 * @param cut      the rule's own cut, which replaces the shared threshold: a cap's best cut is not the uncapped
 *                 one ({@link DecisionCut}); NaN: the shared threshold
 */
public record TagDecision(int most, double floor, double relative, double cut) {

    /** The rule before the folds compared rules: the threshold, and the likeliest tag at half of it. */
    public static final TagDecision THRESHOLD = new TagDecision(0, 0.5, 0);

    /**
     * The rule the tagger ships, on ingest and in every figure of {@code eval tagging}: chosen by the folds inside
     * the development half among {@code TaggingCrossValidation.RULES} and {@code JOINT} (docs/TAGGING.md). Kept: the
     * best, at most 2 tags a paper with its cut fitted under the cap, gained +0.006 ± 0.005 fold by fold, short of
     * the two standard errors needed among eighteen candidates.
     */
    public static final TagDecision SHIPPED = THRESHOLD;

    public TagDecision {
        if (most < 0 || floor < 0 || relative < 0 || relative > 1 || cut <= 0) {
            throw new IllegalArgumentException("most >= 0, floor >= 0, 0 <= relative <= 1, cut > 0 or NaN; got "
                    + most + ", " + floor + ", " + relative + ", " + cut);
        }
    }

    /** A rule at the shared threshold. */
    public TagDecision(int most, double floor, double relative) {
        this(most, floor, relative, Double.NaN);
    }

    /** The same rule with a cut of its own. */
    public TagDecision withCut(double own) {
        return new TagDecision(most, floor, relative, own);
    }

    /** The same rule at the shared threshold. */
    public TagDecision withoutCut() {
        return withCut(Double.NaN);
    }

    public boolean hasOwnCut() {
        return !Double.isNaN(cut);
    }

    /**
     * Whether each tag is given, in the order of {@code p}, at {@code shared} or at the rule's own cut if it has
     * one.
     */
    public boolean[] assign(double[] p, double shared) {
        double threshold = hasOwnCut() ? cut : shared;
        boolean[] out = new boolean[p.length];
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (best < 0 || p[i] > p[best]) {
                best = i;
            }
        }
        if (best < 0) {
            return out;
        }
        int given = 0;
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] >= threshold && p[i] >= relative * p[best];
            given += out[i] ? 1 : 0;
        }
        if (given == 0 && p[best] >= floor * threshold) {
            out[best] = true;
        }
        if (most > 0 && given > most) {
            // The likeliest first, the earlier tag on a tie, so the same paper always keeps the same tags.
            int[] order = IntStream.range(0, p.length).filter(i -> out[i]).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            Arrays.stream(order, most, order.length).forEach(i -> out[i] = false);
        }
        return out;
    }

    /** In words, for a report: "threshold, likeliest at 0.5 of it, at most 3 tags". */
    public String describe() {
        String fallback = floor >= 1 ? "threshold alone" : floor == 0 ? "threshold, else always the likeliest"
                : "threshold, else the likeliest at " + number(floor) + " of it";
        return fallback + (relative > 0 ? ", tags at least " + number(relative) + " of the best" : "")
                + (most > 0 ? ", at most " + most + " tag" + (most == 1 ? "" : "s") : "")
                + (hasOwnCut() ? String.format(Locale.ROOT, ", own cut %.3f", cut) : "");
    }

    private static String number(double v) {
        return v % 1 == 0 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
