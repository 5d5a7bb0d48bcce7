package dev.paperboy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Ranks by words and meaning together: the BM25 top candidates and the nearest vectors (HNSW), both under the
 * same filter, pooled; every pooled paper gets its cosine to the query and its BM25 score (zero when its words
 * did not place it among the candidates), and {@link Fusion} mixes the two.
 */
final class HybridRanker {

    /**
     * How many candidates each side contributes to the pool: enough for a reply of 5 to 10 (a paper below the
     * 50th by both words and meaning does not reach the top 10), and half the time of 100 for both searches.
     */
    static final int CANDIDATES = 50;
    /**
     * Papers found by meaning alone that score below this share of the best are left out: every paper is
     * somewhat near any query in meaning, so without a floor a surname that matches two papers would come with
     * three unrelated ones. Papers that match the words always stay.
     */
    static final double FLOOR = 0.4;

    /**
     * One pooled candidate: a Lucene doc id, its BM25 score as a share of the best score the query could reach
     * (0 when its words did not place it among the candidates), and its cosine to the query (NaN: no vector).
     */
    record Candidate(int doc, float words, float cosine) {
    }

    private final Fusion fusion;
    private final double floor;

    HybridRanker(Fusion fusion, double floor) {
        this.fusion = fusion;
        this.floor = floor;
    }

    /**
     * The best {@code limit} doc ids with their fused scores. The query's vector is asked for only after the
     * words' search, so it can be computed meanwhile; null means rank by words alone.
     */
    List<ScoreDoc> rank(IndexSearcher searcher, CompiledQuery query, Supplier<float[]> queryVector, int limit)
            throws IOException {
        Optional<Query> words = query.wordsQuery(searcher.getIndexReader());
        Query filter = query.filter();
        Map<Integer, float[]> pool = new HashMap<>();
        if (words.isPresent()) {
            Query q = filter == null ? words.get()
                    : new BooleanQuery.Builder().add(words.get(), Occur.MUST).add(filter, Occur.FILTER).build();
            ScoreDoc[] top = SearchService.top(searcher, q, CANDIDATES).scoreDocs;
            float best = top.length == 0 ? 0f : reachable(searcher, words.get(), top[0].score) * query.unknownShare(searcher.getIndexReader());
            for (ScoreDoc sd : top) {
                pool.put(sd.doc, new float[] {sd.score / best, Float.NaN});
            }
        }
        float[] vector = queryVector.get();
        if (vector != null) {
            for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery(PaperDocuments.VECTOR, vector, CANDIDATES, filter), CANDIDATES).scoreDocs) {
                // DOT_PRODUCT scores are (1 + cosine) / 2.
                pool.computeIfAbsent(sd.doc, d -> new float[] {0f, Float.NaN})[1] = 2f * sd.score - 1f;
            }
            fillCosines(searcher, pool, vector);
        }
        if (query.exclude().isPresent()) {
            for (ScoreDoc sd : searcher.search(new TermQuery(query.exclude().get()), 1).scoreDocs) {
                pool.remove(sd.doc);
            }
        }
        List<Candidate> candidates = new ArrayList<>(pool.size());
        pool.forEach((doc, s) -> candidates.add(new Candidate(doc, s[0], s[1])));
        double[] fused = fusion.scores(candidates);
        double best = 0;
        for (double f : fused) {
            best = Math.max(best, f);
        }
        List<ScoreDoc> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).words() > 0 || fused[i] >= floor * best) {
                out.add(new ScoreDoc(candidates.get(i).doc(), (float) fused[i]));
            }
        }
        out.sort(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /**
     * The highest BM25 score the words query could give any paper (Lucene's per-segment upper bound): dividing
     * by it makes a paper that matches one common word of six score low, where dividing by the best hit would
     * give it full marks whenever nothing matches better.
     */
    private static float reachable(IndexSearcher searcher, Query words, float bestSeen) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(words), ScoreMode.TOP_SCORES, 1f);
        float max = bestSeen;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                scorer.advanceShallow(0);
                max = Math.max(max, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
            }
        }
        return max;
    }

    /** Cosines for candidates that only their words found, read from the index's stored vectors. */
    private static void fillCosines(IndexSearcher searcher, Map<Integer, float[]> pool, float[] vector) throws IOException {
        List<Integer> missing = pool.entrySet().stream().filter(e -> Float.isNaN(e.getValue()[1])).map(Map.Entry::getKey).sorted().toList();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        FloatVectorValues values = null;
        for (int doc : missing) {
            int sub = ReaderUtil.subIndex(doc, leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                values = leaves.get(sub).reader().getFloatVectorValues(PaperDocuments.VECTOR);
            }
            int local = doc - leaves.get(sub).docBase;
            if (values != null && values.docID() < local && values.advance(local) == local) {
                pool.get(doc)[1] = dot(values.vectorValue(), vector);
            }
        }
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0f;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
