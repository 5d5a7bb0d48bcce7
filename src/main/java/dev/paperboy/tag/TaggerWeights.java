package dev.paperboy.tag;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A logistic model over {@link TagFeatures}: the probability that a curator would give the tag. One set of
 * weights serves every tag, so a tag the calibration data never saw is scored as fairly as one it saw often.
 */
public record TaggerWeights(double[] weights, double bias) {

    /**
     * Fitted by {@code paperboy eval tagging} on the development half of the ICLR 2021 papers (split seed 7),
     * whose authors' keywords were mapped to the default tags, half the tags with words learned from the other
     * papers' tags and half without; see docs/TAGGING.md to refit them.
     */
    public static final TaggerWeights CALIBRATED = new TaggerWeights(
            new double[] {0.765, 0.295, 0.802, 1.081, -0.671, 0.475, -0.866, 0.592, 0.616, 0.449}, -4.151);

    public TaggerWeights {
        if (weights.length != TagFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + TagFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        weights = weights.clone();
    }

    public double probability(double[] features) {
        return sigmoid(logit(features));
    }

    /** The log-odds, before any tag's own calibration ({@link LearnedTags#adjust}). */
    public double logit(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** As Java, to paste into {@link #CALIBRATED} after a refit. */
    public String asJava() {
        return "new TaggerWeights(new double[] {" + Arrays.stream(weights).mapToObj(TaggerWeights::round)
                .collect(Collectors.joining(", ")) + "}, " + round(bias) + ")";
    }

    /** One line per feature, for a report. */
    public String describe() {
        return IntStream.range(0, weights.length)
                .mapToObj(i -> TagFeatures.NAMES.get(i) + " " + round(weights[i]))
                .collect(Collectors.joining(", ")) + ", bias " + round(bias);
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaggerWeights w && Arrays.equals(weights, w.weights) && bias == w.bias;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return describe();
    }
}
