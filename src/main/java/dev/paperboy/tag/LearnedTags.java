package dev.paperboy.tag;

import java.util.Arrays;

/**
 * What the tagger learned from curators' tagged papers: each tag's {@link ExampleWords} model, and each tag's
 * own calibration, a scale and shift of the shared model's log-odds ({@code scale · z + shift}) fitted on those
 * papers and held near "no change" by a prior, so a tag with few examples keeps the shared calibration and a
 * tag with many gets its own. Either way the result is a probability, so one threshold fits every tag.
 * {@code wordScale} weighs a tag's example-word log-odds again in that calibration ({@code scale · z + wordScale ·
 * words + shift}); it is 0 as shipped and only {@code eval tagging}'s folds try it
 * ({@link TagLearning.Evidence#calibrated(double, boolean)}).
 */
public record LearnedTags(ExampleWords words, double[] scale, double[] shift, double[] wordScale) {

    public static final LearnedTags NONE = new LearnedTags(ExampleWords.NONE, new double[0], new double[0], new double[0]);

    public LearnedTags {
        scale = scale.clone();
        shift = shift.clone();
        wordScale = wordScale.clone();
    }

    public LearnedTags(ExampleWords words, double[] scale, double[] shift) {
        this(words, scale, shift, new double[scale.length]);
    }

    /** The tag's log-odds after its own calibration, which may weigh the tag's example words again. */
    public double adjust(int tag, double logit, double words) {
        return tag < scale.length ? scale[tag] * logit + wordScale[tag] * words + shift[tag] : logit;
    }

    /** How many tags have their own calibration that moved them. */
    public long calibratedTags() {
        return java.util.stream.IntStream.range(0, scale.length).filter(t -> scale[t] != 1 || shift[t] != 0 || wordScale[t] != 0).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnedTags l && words == l.words && Arrays.equals(scale, l.scale) && Arrays.equals(shift, l.shift)
                && Arrays.equals(wordScale, l.wordScale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(scale) + Arrays.hashCode(shift)) + Arrays.hashCode(wordScale);
    }
}
