package dev.paperboy.tag;

import java.util.List;

/**
 * The evidence for one tag on one paper as numbers a logistic model weighs: the keyword tagger's hits (title,
 * abstract with the category hint, distinct phrases, any hit at all) and the embedding similarities (to the
 * tag's prototype and to its best keyword phrases, raw and relative to the paper's closeness to every tag), and
 * what curators' examples of the tag say of the paper's words ({@link ExampleWords}), when the tag has enough.
 */
public final class TagFeatures {

    /** Names in order, for reports and for reading the calibrated weights. */
    public static final List<String> NAMES = List.of("title hits", "abstract hits", "distinct keywords", "any keyword",
            "prototype cos", "prototype z", "keyword cos", "keyword z", "learned from examples", "example words");

    /** Where the example words' log-odds sit among the features. */
    public static final int WORDS = NAMES.indexOf("example words");

    private TagFeatures() {
    }

    /**
     * @param learned whether the tag has a model of its examples' words
     * @param words   that model's log-odds for the paper (ignored when not learned)
     */
    public static double[] of(KeywordEvidence.Hits hits, int tag, TagPrototypes.Similarities sims, boolean learned, double words) {
        boolean any = hits.title() + hits.abstractText() > 0;
        // The category hint keeps the keyword tagger's weight, half an abstract hit when the words agree: no
        // evaluation set carries arXiv categories, so its weight cannot be calibrated (docs/TAGGING.md).
        double abstractHits = hits.abstractText() + (any && hits.category() ? KeywordEvidence.CATEGORY_WEIGHT : 0);
        return new double[] {
            Math.log1p(hits.title()),
            Math.log1p(abstractHits),
            Math.log1p(hits.distinct()),
            any ? 1 : 0,
            sims.prototype()[tag],
            sims.prototypeZ()[tag],
            sims.keywords()[tag],
            sims.keywordsZ()[tag],
            learned ? 1 : 0,
            learned ? words : 0,
        };
    }
}
