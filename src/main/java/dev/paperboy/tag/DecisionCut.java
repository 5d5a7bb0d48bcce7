package dev.paperboy.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The cut with the best micro F1 when a {@link TagDecision} decides, not each tag alone: a cap fitted with a cut
 * chosen without it only trades recall for precision, while fitted together the cut can move. Exact and in one
 * sweep, because under any rule each tag of a paper is given for every cut at or below one value of its own:
 * its probability, if it is among the paper's likeliest {@code most} that pass the relative cut; for the paper's
 * likeliest tag, the reach of the fallback (its probability over the floor, or always with a floor of 0); else
 * never.
 */
public final class DecisionCut {

    private DecisionCut() {
    }

    /**
     * The best cut for {@code rule} (its own cut, if any, is ignored: this fits one).
     *
     * @param p      each paper's probability of each tag
     * @param truth  whether each paper has each tag
     * @param judged whether each tag is judged: predictions of the others count neither way, as in the evaluation
     */
    public static TaggerCalibration.Cut best(TagDecision rule, double[][] p, boolean[][] truth, boolean[] judged) {
        List<double[]> given = new ArrayList<>();
        int positives = 0;
        for (int r = 0; r < p.length; r++) {
            double[] q = p[r];
            for (int t = 0; t < q.length; t++) {
                positives += truth[r][t] && judged[t] ? 1 : 0;
            }
            // The order TagDecision keeps under a cap: the likeliest first, the earlier tag on a tie.
            int[] order = IntStream.range(0, q.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -q[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            int keep = rule.most() > 0 ? Math.min(rule.most(), order.length) : order.length;
            for (int k = 0; k < keep; k++) {
                int t = order[k];
                if (k > 0 && q[t] < rule.relative() * q[order[0]]) {
                    break;
                }
                double reach = k > 0 ? q[t] : rule.floor() == 0 ? Double.POSITIVE_INFINITY : Math.max(q[t], q[t] / rule.floor());
                if (judged[t]) {
                    given.add(new double[] {reach, truth[r][t] ? 1 : 0});
                }
            }
        }
        double[] reach = new double[given.size()];
        boolean[] right = new boolean[given.size()];
        for (int k = 0; k < reach.length; k++) {
            reach[k] = given.get(k)[0];
            right[k] = given.get(k)[1] > 0;
        }
        TaggerCalibration.Cut cut = TaggerCalibration.bestCut(reach, right, positives);
        if (Double.isInfinite(cut.threshold())) {
            throw new IllegalArgumentException("no finite cut: nothing to give, or every given tag given at any cut");
        }
        return cut;
    }
}
