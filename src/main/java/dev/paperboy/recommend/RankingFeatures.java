package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.util.List;
import java.util.Map;

/**
 * What the learned ranker reads of each paper, in arrays rather than maps keyed by id: its sentence vector, its
 * category and tag indicators ({@link PaperFeatures}), its TF-IDF vector and its tags. Made once per load of the candidate
 * pool and shared by every channel's plan; ranking then touches a few arrays per candidate instead of a dozen
 * scattered objects.
 */
final class RankingFeatures {

    final float[][] embedding;
    final PaperFeatures.Indicators[] indicators;
    final LexicalProfile.Vector[] lexical;
    final List<List<TagScore>> tags;

    private RankingFeatures(float[][] embedding, PaperFeatures.Indicators[] indicators, LexicalProfile.Vector[] lexical,
                            List<List<TagScore>> tags) {
        this.embedding = embedding;
        this.indicators = indicators;
        this.lexical = lexical;
        this.tags = tags;
    }

    /** Features of {@code papers}, by position; {@code vectors} must hold every paper's sentence vector. */
    static RankingFeatures of(List<Paper> papers, List<List<TagScore>> tags, Map<String, float[]> vectors, LexicalProfile profile) {
        int n = papers.size();
        float[][] embedding = new float[n][];
        PaperFeatures.Indicators[] indicators = new PaperFeatures.Indicators[n];
        LexicalProfile.Vector[] lexical = new LexicalProfile.Vector[n];
        profile.observe(papers);
        for (int i = 0; i < n; i++) {
            Paper p = papers.get(i);
            embedding[i] = vectors.get(p.id());
            indicators[i] = PaperFeatures.indicators(p, tags.get(i));
            lexical[i] = profile.vector(p.id());
        }
        return new RankingFeatures(embedding, indicators, lexical, tags);
    }

    /** The features of the given positions, in that order. */
    RankingFeatures select(int[] positions) {
        float[][] e = new float[positions.length][];
        PaperFeatures.Indicators[] d = new PaperFeatures.Indicators[positions.length];
        LexicalProfile.Vector[] l = new LexicalProfile.Vector[positions.length];
        List<List<TagScore>> t = new java.util.ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            e[i] = embedding[positions[i]];
            d[i] = indicators[positions[i]];
            l[i] = lexical[positions[i]];
            t.add(tags.get(positions[i]));
        }
        return new RankingFeatures(e, d, l, t);
    }

    int size() {
        return embedding.length;
    }
}
