package dev.paperboy.summary;

import java.util.List;

/**
 * Two logistic models over {@link SentenceFeatures}: how likely a sentence of an abstract states the paper's idea,
 * and how likely it reports its result. They are apart because the two kinds sit differently (the idea after the
 * background, the result late; "we propose" against "outperforms"); a sentence's worth is the chance of either. The shipped weights ({@link #fitted()}) were fitted on labelled abstracts by
 * {@code paperboy eval summaries --fit}, which prints them in this form and a cross-validated coverage beside them
 * (see docs/SUMMARIES.md); refit and paste when a feature changes.
 */
public final class SentenceModel {

    // Fitted by: java -jar target/paperboy.jar eval summaries ../shared/data/abstract-sentences-dev.jsonl.gz --fit
    static final double IDEA_BIAS = -3.7724;
    static final double[] IDEA = {
        -1.0846, // position (0 first, 1 last)
        -2.1378, // first sentence
        -0.6706, // second sentence
        -1.8156, // last sentence
        0.7589, // after "we propose"
        -0.7359, // before the first "we propose"
        -0.6339, // last third × result cue
        0.1640, // opens with We/Our
        1.1198, // we propose
        0.1485, // we use/leverage
        0.7964, // key idea/specifically
        -0.0093, // novel/called
        0.7206, // by using
        0.8109, // to address
        -1.1456, // outperforms/state of the art
        -0.8403, // experiments show
        -0.4079, // we show/find
        0.3635, // achieve/improve
        -0.2098, // number with %/×
        -0.2983, // comparative
        -0.1972, // however/although
        -0.2150, // challenge/limitation
        -0.0375, // existing/recent
        -0.4179, // has been/is a key
        1.4315, // we study/investigate
        0.8498, // key idea
        -0.9064, // also/moreover/first
        0.6157, // we/our/this paper
        0.4614, // opens with This/It
        0.0000, // announcement ("twofold:")
        -0.6505, // pointer (code, URL)
        0.0380, // vague result
        -0.1114, // specific result (number, comparison)
        1.1085, // length (100 chars)
        -0.1949, // shorter than 50 chars
        0.3021 // words shared with the rest
    };
    static final double RESULT_BIAS = -6.0940;
    static final double[] RESULT = {
        3.3196, // position (0 first, 1 last)
        0.0555, // first sentence
        -0.1821, // second sentence
        -0.1122, // last sentence
        0.1338, // after "we propose"
        -1.1374, // before the first "we propose"
        1.2396, // last third × result cue
        0.0786, // opens with We/Our
        -0.7357, // we propose
        -0.3936, // we use/leverage
        -1.0813, // key idea/specifically
        0.4039, // novel/called
        0.0339, // by using
        0.1489, // to address
        0.6391, // outperforms/state of the art
        0.7434, // experiments show
        -0.0146, // we show/find
        -0.1021, // achieve/improve
        0.2789, // number with %/×
        -0.0007, // comparative
        0.7342, // however/although
        0.5466, // challenge/limitation
        0.1022, // existing/recent
        -0.2316, // has been/is a key
        -0.8303, // we study/investigate
        -0.2679, // key idea
        -0.7404, // also/moreover/first
        0.6397, // we/our/this paper
        0.1237, // opens with This/It
        0.0000, // announcement ("twofold:")
        -0.9188, // pointer (code, URL)
        0.0101, // vague result
        0.2368, // specific result (number, comparison)
        0.4122, // length (100 chars)
        -0.5998, // shorter than 50 chars
        -0.0364 // words shared with the rest
    };

    /** The model the summarizer ships with (see {@link #fitted()}). */
    static final SentenceModel FITTED = new SentenceModel(IDEA_BIAS, IDEA, RESULT_BIAS, RESULT);

    private final double ideaBias;
    private final double[] idea;
    private final double resultBias;
    private final double[] result;

    public SentenceModel(double ideaBias, double[] idea, double resultBias, double[] result) {
        this.ideaBias = ideaBias;
        this.idea = idea.clone();
        this.resultBias = resultBias;
        this.result = result.clone();
    }

    /** The shipped model, refused when its weights were fitted for other features than {@link SentenceFeatures}'. */
    public static SentenceModel fitted() {
        if (!FITTED.fits()) {
            throw new IllegalStateException("SentenceModel has " + IDEA.length + " weights per model but SentenceFeatures has "
                    + SentenceFeatures.NAMES.size() + " features: refit with `paperboy eval summaries --fit` and paste the weights");
        }
        return FITTED;
    }

    /** Whether there is one weight per feature in both models. */
    public boolean fits() {
        return idea.length == SentenceFeatures.NAMES.size() && result.length == SentenceFeatures.NAMES.size();
    }

    /** Each sentence's probability of stating the idea or reporting the result (either, the two taken as independent). */
    public double[] probabilities(List<Sentence> sentences) {
        double[][] rows = SentenceFeatures.of(sentences);
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = 1 - (1 - logistic(ideaBias, idea, rows[i])) * (1 - logistic(resultBias, result, rows[i]));
        }
        return p;
    }

    private static double logistic(double bias, double[] weights, double[] x) {
        double z = bias;
        for (int k = 0; k < weights.length; k++) {
            z += weights[k] * x[k];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
