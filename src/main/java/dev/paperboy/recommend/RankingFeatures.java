package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.util.List;
import java.util.Map;

/**
 * What the learned ranker reads of each paper: its sentence vector, its category and tag indicators
 * ({@link PaperFeatures}), its TF-IDF vector and its tags. Made once per load of the candidate pool and shared by
 * every channel's plan. The numbers lie in a few long arrays, one paper after another, rather than in a few
 * objects per paper: ranking reads thousands of papers per plan, newest first, and contiguous rows let the
 * processor fetch the next paper while it scores this one (docs/PERFORMANCE.md).
 */
final class RankingFeatures {

    private final int dimension;
    /** Row {@code r}'s sentence vector is {@code embedding[r * dimension ..]}. */
    private final float[] embedding;
    /** Row {@code r}'s indicators are at {@code [indicatorStart[r], indicatorStart[r + 1])} of the two arrays. */
    private final int[] indicatorStart;
    private final int[] indicatorOffset;
    private final float[] indicatorValue;
    /** Row {@code r}'s TF-IDF terms are at {@code [lexicalStart[r], lexicalStart[r + 1])} of the two arrays. */
    private final int[] lexicalStart;
    private final int[] lexicalTerm;
    private final float[] lexicalValue;
    private final List<List<TagScore>> tags;
    private final int[] upvotes;
    /** Publication times in epoch seconds. */
    private final long[] published;
    /** The rows this view reads, in order: candidate {@code i} is row {@code rows[i]}. */
    private final int[] rows;

    private RankingFeatures(RankingFeatures all, int[] rows) {
        this.dimension = all.dimension;
        this.embedding = all.embedding;
        this.indicatorStart = all.indicatorStart;
        this.indicatorOffset = all.indicatorOffset;
        this.indicatorValue = all.indicatorValue;
        this.lexicalStart = all.lexicalStart;
        this.lexicalTerm = all.lexicalTerm;
        this.lexicalValue = all.lexicalValue;
        this.tags = all.tags;
        this.upvotes = all.upvotes;
        this.published = all.published;
        this.rows = rows;
    }

    private RankingFeatures(List<Paper> papers, List<List<TagScore>> tags, Map<String, float[]> vectors, LexicalProfile profile) {
        int n = papers.size();
        this.tags = List.copyOf(tags);
        this.dimension = n == 0 ? 0 : vectors.get(papers.get(0).id()).length;
        this.embedding = new float[n * dimension];
        this.indicatorStart = new int[n + 1];
        this.lexicalStart = new int[n + 1];
        this.upvotes = new int[n];
        this.published = new long[n];
        PaperFeatures.Indicators[] indicators = new PaperFeatures.Indicators[n];
        LexicalProfile.Vector[] lexical = new LexicalProfile.Vector[n];
        profile.observe(papers);
        for (int r = 0; r < n; r++) {
            Paper p = papers.get(r);
            upvotes[r] = p.upvotes();
            published[r] = p.published().getEpochSecond();
            System.arraycopy(vectors.get(p.id()), 0, embedding, r * dimension, dimension);
            indicators[r] = PaperFeatures.indicators(p, tags.get(r));
            lexical[r] = profile.vector(p.id());
            indicatorStart[r + 1] = indicatorStart[r] + indicators[r].offsets().length;
            lexicalStart[r + 1] = lexicalStart[r] + lexical[r].terms().length;
        }
        this.indicatorOffset = new int[indicatorStart[n]];
        this.indicatorValue = new float[indicatorStart[n]];
        this.lexicalTerm = new int[lexicalStart[n]];
        this.lexicalValue = new float[lexicalStart[n]];
        for (int r = 0; r < n; r++) {
            System.arraycopy(indicators[r].offsets(), 0, indicatorOffset, indicatorStart[r], indicators[r].offsets().length);
            System.arraycopy(indicators[r].values(), 0, indicatorValue, indicatorStart[r], indicators[r].values().length);
            System.arraycopy(lexical[r].terms(), 0, lexicalTerm, lexicalStart[r], lexical[r].terms().length);
            System.arraycopy(lexical[r].values(), 0, lexicalValue, lexicalStart[r], lexical[r].values().length);
        }
        this.rows = new int[n];
        for (int r = 0; r < n; r++) {
            rows[r] = r;
        }
    }

    /** Features of {@code papers}, by position; {@code vectors} must hold every paper's sentence vector. */
    static RankingFeatures of(List<Paper> papers, List<List<TagScore>> tags, Map<String, float[]> vectors, LexicalProfile profile) {
        return new RankingFeatures(papers, tags, vectors, profile);
    }

    /** A view of the given rows, in that order. */
    RankingFeatures select(int[] positions) {
        return new RankingFeatures(this, positions);
    }

    int size() {
        return rows.length;
    }

    /** {@code b + w · features} of candidate {@code i}, with {@code w} laid out as {@link PaperFeatures#of} lays out features. */
    double logit(int i, float[] w, double b) {
        int r = rows[i];
        int base = r * dimension;
        float s = 0;
        for (int d = 0; d < dimension; d++) {
            s += w[d] * embedding[base + d];
        }
        for (int k = indicatorStart[r]; k < indicatorStart[r + 1]; k++) {
            s += w[dimension + indicatorOffset[k]] * indicatorValue[k];
        }
        return b + s;
    }

    /** The SVM's margin of candidate {@code i}. */
    double margin(int i, SparseSvm svm) {
        int r = rows[i];
        return svm.margin(lexicalTerm, lexicalValue, lexicalStart[r], lexicalStart[r + 1]);
    }

    /** Cosine of two candidates' sentence vectors (unit length). */
    double cosine(int i, int j) {
        return dot(rows[i] * dimension, embedding, rows[j] * dimension);
    }

    /** Cosine of a candidate's sentence vector and another unit vector (0 when there is none). */
    double cosine(int i, float[] other) {
        return other == null ? 0 : dot(rows[i] * dimension, other, 0);
    }

    private float dot(int from, float[] other, int otherFrom) {
        float s = 0;
        for (int d = 0; d < dimension; d++) {
            s += embedding[from + d] * other[otherFrom + d];
        }
        return s;
    }

    List<TagScore> tags(int i) {
        return tags.get(rows[i]);
    }

    int upvotes(int i) {
        return upvotes[rows[i]];
    }

    long publishedSecond(int i) {
        return published[rows[i]];
    }
}
