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

    /**
     * The non-zero features after the embedding, as offsets past it and their values: a paper's categories and
     * tags, each bucket once (a tag's strongest confidence), exactly as {@link #of} sets them.
     */
    record Indicators(int[] offsets, float[] values) {
    }

    static Indicators indicators(Paper paper, List<TagScore> tags) {
        int[] offsets = new int[paper.categories().size() + tags.size()];
        float[] values = new float[offsets.length];
        int n = 0;
        for (String category : paper.categories()) {
            int offset = Math.floorMod(category.hashCode(), CATEGORY_BUCKETS);
            if (indexOf(offsets, n, offset) < 0) {
                offsets[n] = offset;
                values[n++] = INDICATOR;
            }
        }
        for (TagScore tag : tags) {
            int offset = CATEGORY_BUCKETS + Math.floorMod(tag.tag().hashCode(), TAG_BUCKETS);
            float value = Math.max(0f, (float) (INDICATOR * tag.confidence()));
            int at = indexOf(offsets, n, offset);
            if (at < 0) {
                offsets[n] = offset;
                values[n++] = value;
            } else {
                values[at] = Math.max(values[at], value);
            }
        }
        return new Indicators(java.util.Arrays.copyOf(offsets, n), java.util.Arrays.copyOf(values, n));
    }

    private static int indexOf(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
