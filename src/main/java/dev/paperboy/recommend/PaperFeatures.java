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

    /** {@code w · of(embedding, paper, tags)} without building the features: ranking scores thousands per plan. */
    static double dot(double[] w, float[] embedding, Paper paper, List<TagScore> tags) {
        int e = embedding.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < e; i += 4) {
            s0 += w[i] * embedding[i];
            s1 += w[i + 1] * embedding[i + 1];
            s2 += w[i + 2] * embedding[i + 2];
            s3 += w[i + 3] * embedding[i + 3];
        }
        for (; i < e; i++) {
            s0 += w[i] * embedding[i];
        }
        double s = s0 + s1 + s2 + s3;
        List<String> categories = paper.categories();
        int[] seen = new int[categories.size()];
        int distinct = 0;
        for (String category : categories) {
            int bucket = Math.floorMod(category.hashCode(), CATEGORY_BUCKETS);
            if (!contains(seen, distinct, bucket)) {
                seen[distinct++] = bucket;
                s += w[e + bucket] * INDICATOR;
            }
        }
        int offset = e + CATEGORY_BUCKETS;
        int[] buckets = new int[tags.size()];
        float[] values = new float[tags.size()];
        int n = 0;
        for (TagScore tag : tags) {
            int bucket = Math.floorMod(tag.tag().hashCode(), TAG_BUCKETS);
            float value = Math.max(0f, (float) (INDICATOR * tag.confidence()));
            int at = indexOf(buckets, n, bucket);
            if (at < 0) {
                buckets[n] = bucket;
                values[n++] = value;
            } else {
                values[at] = Math.max(values[at], value);
            }
        }
        for (int k = 0; k < n; k++) {
            s += w[offset + buckets[k]] * values[k];
        }
        return s;
    }

    private static boolean contains(int[] values, int n, int value) {
        return indexOf(values, n, value) >= 0;
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
