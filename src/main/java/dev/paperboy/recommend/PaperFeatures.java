package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.util.List;

/**
 * A paper as the taste model sees it: its sentence embedding, then indicators of its arXiv categories and its
 * tags hashed into a few buckets each. Categories and tags are what members themselves name when they say what
 * they read, so the model may learn them directly rather than only through the text.
 */
final class PaperFeatures {

    static final int CATEGORY_BUCKETS = 128;
    static final int TAG_BUCKETS = 128;
    /** Indicator strength relative to the unit-length embedding. */
    private static final float INDICATOR = 0.35f;

    private PaperFeatures() {
    }

    static int dimension(int embeddingDimension) {
        return embeddingDimension + CATEGORY_BUCKETS + TAG_BUCKETS;
    }

    static float[] of(float[] embedding, Paper paper, List<TagScore> tags) {
        float[] x = new float[dimension(embedding.length)];
        System.arraycopy(embedding, 0, x, 0, embedding.length);
        int offset = embedding.length;
        for (String category : paper.categories()) {
            x[offset + Math.floorMod(category.hashCode(), CATEGORY_BUCKETS)] = INDICATOR;
        }
        offset += CATEGORY_BUCKETS;
        for (TagScore tag : tags) {
            int i = offset + Math.floorMod(tag.tag().hashCode(), TAG_BUCKETS);
            x[i] = Math.max(x[i], (float) (INDICATOR * tag.confidence()));
        }
        return x;
    }
}
