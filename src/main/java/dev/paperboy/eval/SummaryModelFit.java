package dev.paperboy.eval;

import dev.paperboy.summary.Sentence;
import dev.paperboy.summary.SentenceFeatures;
import dev.paperboy.summary.SentenceModel;
import dev.paperboy.summary.Sentences;
import dev.paperboy.tag.PlattScaling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fits {@link SentenceModel}: a logistic regression, L2-penalized, of "this sentence holds an idea or result span"
 * (at least half of the span's characters, as {@link Coverage} counts) on {@link SentenceFeatures}, by Newton's
 * method ({@link PlattScaling}'s fit of several scores, the tagger's too). {@link #crossValidated} fits it once per fold without that fold, so a summary can be scored by a model
 * that never saw its abstract: the honest figure beside the shipped one.
 */
final class SummaryModelFit {

    /** The penalty on the weights (not the bias): about one abstract's worth of evidence against each. */
    static final double L2 = 1.0;
    static final int FOLDS = 5;
    /** Fewer abstracts than this make folds too small to fit on: no cross-validated row then. */
    static final int MIN_TO_CROSS_VALIDATE = 4 * FOLDS;

    private SummaryModelFit() {
    }

    /** The abstracts the fit and the evaluation use: those with an idea or a result span. */
    static List<LabelledAbstract> usable(List<LabelledAbstract> abstracts) {
        return abstracts.stream().filter(a -> a.spans().stream().anyMatch(s -> SummaryEval.TARGETS.contains(s.label()))).toList();
    }

    /** The idea model's and the result model's {@code [bias, w1, …]}, fitted on every sentence of these abstracts. */
    static double[][] fit(List<LabelledAbstract> abstracts) {
        return new double[][] {fit(abstracts, "idea"), fit(abstracts, "result")};
    }

    private static double[] fit(List<LabelledAbstract> abstracts, String label) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (LabelledAbstract a : abstracts) {
            List<Sentence> sentences = Sentences.split(a.text());
            double[][] rows = SentenceFeatures.of(sentences);
            for (int i = 0; i < rows.length; i++) {
                Sentence s = sentences.get(i);
                List<int[]> range = List.of(new int[] {s.start(), s.end()});
                boolean target = a.spans().stream().anyMatch(sp -> sp.label().equals(label) && Coverage.covers(range, sp));
                double[] x = new double[rows[i].length + 1];
                x[0] = 1;
                System.arraycopy(rows[i], 0, x, 1, rows[i].length);
                xs.add(x);
                ys.add(target ? 1.0 : 0.0);
            }
        }
        return newton(xs, ys);
    }

    static SentenceModel model(double[][] w) {
        return new SentenceModel(w[0][0], tail(w[0]), w[1][0], tail(w[1]));
    }

    private static double[] tail(double[] w) {
        double[] out = new double[w.length - 1];
        System.arraycopy(w, 1, out, 0, out.length);
        return out;
    }

    /** Each abstract's model fitted on the other folds (abstracts shuffled with the seed). */
    static Map<LabelledAbstract, SentenceModel> crossValidated(List<LabelledAbstract> abstracts, long seed) {
        List<LabelledAbstract> shuffled = new ArrayList<>(abstracts);
        Collections.shuffle(shuffled, new Random(seed));
        Map<LabelledAbstract, SentenceModel> out = new IdentityHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledAbstract> train = new ArrayList<>();
            List<LabelledAbstract> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % FOLDS == fold ? test : train).add(shuffled.get(i));
            }
            SentenceModel m = model(fit(train));
            test.forEach(a -> out.put(a, m));
        }
        return out;
    }

    /** The weights as the Java constants of {@code SentenceModel}, each named in a comment. */
    static String javaConstants(double[][] w) {
        return javaConstants("IDEA", w[0]) + "\n" + javaConstants("RESULT", w[1]);
    }

    private static String javaConstants(String name, double[] w) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "    static final double %s_BIAS = %.4f;%n", name, w[0]));
        out.append("    static final double[] ").append(name).append(" = {\n");
        List<String> names = SentenceFeatures.NAMES;
        for (int k = 0; k < names.size(); k++) {
            out.append(String.format(Locale.ROOT, "        %.4f%s // %s%n", w[k + 1], k + 1 < names.size() ? "," : "", names.get(k)));
        }
        return out.append("    };").toString();
    }

    /** The bias is nearly free (a vanishing prior keeps the Newton steps defined), each weight held by {@link #L2}. */
    private static double[] newton(List<double[]> xs, List<Double> ys) {
        double[] precision = new double[SentenceFeatures.NAMES.size() + 1];
        java.util.Arrays.fill(precision, L2);
        precision[0] = 1e-9;
        boolean[] y = new boolean[ys.size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = ys.get(r) > 0.5;
        }
        return PlattScaling.fit(xs.toArray(double[][]::new), y, new double[precision.length], precision);
    }
}
