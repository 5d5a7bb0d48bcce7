package dev.paperboy.search;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.Vectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Answers a search: parses the query, then ranks by words and meaning together (hybrid), by words alone when
 * there are no embeddings, by closeness to one paper for {@code like:}, or newest first when the query is only
 * filters. Every refusal is a {@link SearchQueryException} whose message is fit for chat.
 */
public final class SearchService {

    /** The most results one search returns. */
    public static final int MAX_LIMIT = 50;
    private static final int QUERY_VECTOR_CACHE = 256;
    /**
     * The cosine's least weight against the words', raised by {@link Fusion#adaptive} as far as {@link #LEAN}
     * times the share of the words' reachable score the best match missed. Tuned with `paperboy eval search` on
     * the dev listings (docs/PERFORMANCE.md): it finds papers described in other words three times as well as
     * BM25 (MRR 0.121 against 0.037) and papers by words of their title within 3% of BM25; a fixed even mix did
     * worse on both, reciprocal rank fusion much worse.
     */
    static final double MEANING_WEIGHT = 0.3;
    static final double LEAN = 0.7;

    private final PaperIndex index;
    private final SearchQueryParser parser;
    private final SearchIndexer indexer;
    private final Optional<EmbeddingService> embeddings;
    private final LuceneQueries queries = new LuceneQueries();
    private final HybridRanker hybrid;
    /** Embeds queries beside the words' search; daemon threads, as a search holds nothing to clean up. */
    private static final ExecutorService EMBEDDING = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "query-embedding");
        t.setDaemon(true);
        return t;
    });

    private final Map<String, float[]> queryVectors = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > QUERY_VECTOR_CACHE;
        }
    });

    private volatile java.util.function.LongConsumer timings = nanos -> { };

    public SearchService(PaperIndex index, TagLookup tags, SearchIndexer indexer, Optional<EmbeddingService> embeddings) {
        this(index, tags, indexer, embeddings, Fusion.adaptive(MEANING_WEIGHT, LEAN), HybridRanker.FLOOR);
    }

    SearchService(PaperIndex index, TagLookup tags, SearchIndexer indexer, Optional<EmbeddingService> embeddings, Fusion fusion, double floor) {
        this.index = index;
        this.parser = new SearchQueryParser(tags);
        this.indexer = indexer;
        this.embeddings = embeddings;
        this.hybrid = new HybridRanker(fusion, floor);
    }

    /** Told how long each user's search took, in nanoseconds (the bot's latency metric). */
    public void onSearch(java.util.function.LongConsumer listener) {
        this.timings = listener;
    }

    /** The best {@code limit} papers for a query typed by a user. */
    public SearchResult search(String text, int limit) throws SearchQueryException {
        long t0 = System.nanoTime();
        try {
            return run(text, limit, true);
        } finally {
            timings.accept(System.nanoTime() - t0);
        }
    }

    /** The same search ranked by words alone (BM25): the baseline hybrid ranking is measured against. */
    public SearchResult searchWords(String text, int limit) throws SearchQueryException {
        return run(text, limit, false);
    }

    /** Papers closest to one paper. */
    public SearchResult similar(String paperId, int limit) throws SearchQueryException {
        return search("like:" + paperId, limit);
    }

    /** How many papers are searchable now. */
    public int size() {
        try {
            return index.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(String text, int limit, boolean useMeaning) throws SearchQueryException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SearchQueryException("Ask for 1 to " + MAX_LIMIT + " results.");
        }
        SearchQuery query = parser.parse(text);
        try {
            Optional<PaperIndex.Found> like = Optional.empty();
            if (query.like().isPresent()) {
                like = index.find(query.like().get());
                if (like.isEmpty()) {
                    throw new SearchQueryException("I haven't read " + query.like().get() + ", so I can't find papers like it.");
                }
            }
            CompiledQuery compiled = queries.compile(query, like.map(f -> f.hit().title()).orElse(""), query.like());
            if (!compiled.hasWords() && like.isEmpty()) {
                if (compiled.filter() == null) {
                    throw new SearchQueryException("Nothing to search for in `" + SearchQueryParser.clip(text) + "`: give some words from "
                            + "a title or abstract, or a filter such as `tag:rl` or `since:2025-01-01`.");
                }
                return newest(compiled.filter(), limit);
            }
            boolean meaning = useMeaning && (like.isPresent() || (embeddings.isPresent() && !query.text().isBlank()));
            CompletableFuture<float[]> vector = meaning ? vector(query, like) : null;
            SearchResult.Ranking ranking = like.isPresent() ? SearchResult.Ranking.SIMILAR
                    : vector == null ? SearchResult.Ranking.WORDS : SearchResult.Ranking.HYBRID;
            List<SearchHit> hits = index.search(s -> {
                List<ScoreDoc> docs = vector == null ? words(s, compiled, limit)
                        : hybrid.rank(s, compiled, () -> join(vector), limit);
                return hits(s, docs);
            });
            return new SearchResult(hits, ranking, hits.size(), indexer.progressNote());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private SearchResult newest(Query filter, int limit) throws IOException {
        return index.search(s -> {
            List<ScoreDoc> docs = List.of(s.search(filter, limit, new Sort(new SortField(PaperDocuments.PUBLISHED, SortField.Type.LONG, true))).scoreDocs);
            return new SearchResult(hits(s, docs), SearchResult.Ranking.NEWEST, s.count(filter), indexer.progressNote());
        });
    }

    private static List<ScoreDoc> words(IndexSearcher s, CompiledQuery compiled, int limit) throws IOException {
        Optional<Query> words = compiled.wordsQuery(s.getIndexReader());
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.get(), Occur.MUST);
        if (compiled.filter() != null) {
            q.add(compiled.filter(), Occur.FILTER);
        }
        compiled.exclude().ifPresent(id -> q.add(new TermQuery(id), Occur.MUST_NOT));
        return List.of(top(s, q.build(), limit).scoreDocs);
    }

    /**
     * The best {@code n} hits without counting them all: a total count would keep Lucene from skipping the
     * documents that cannot make the top {@code n}, which is most of them for common words.
     */
    static TopDocs top(IndexSearcher s, Query q, int n) throws IOException {
        return s.search(q, new TopScoreDocCollectorManager(n, n));
    }

    /**
     * The query's meaning: its words, or the paper asked about (blended with any words given). Embedding the
     * words takes a few milliseconds, so it runs on its own thread while the words are searched.
     */
    private CompletableFuture<float[]> vector(SearchQuery query, Optional<PaperIndex.Found> like) {
        String text = query.text().strip();
        float[] paper = like.map(PaperIndex.Found::vector).orElse(null);
        if (text.isEmpty() || embeddings.isEmpty()) {
            return CompletableFuture.completedFuture(paper);
        }
        float[] cached = queryVectors.get(text);
        CompletableFuture<float[]> words = cached != null ? CompletableFuture.completedFuture(cached)
                : CompletableFuture.supplyAsync(() -> queryVectors.computeIfAbsent(text, t -> embeddings.get().embedText(t)), EMBEDDING);
        return paper == null ? words : words.thenApply(w -> {
            float[] sum = new float[paper.length];
            for (int i = 0; i < sum.length; i++) {
                sum[i] = paper[i] + w[i];
            }
            return Vectors.normalize(sum);
        });
    }

    private static float[] join(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static List<SearchHit> hits(IndexSearcher s, List<ScoreDoc> docs) throws IOException {
        List<SearchHit> out = new ArrayList<>(docs.size());
        for (ScoreDoc sd : docs) {
            out.add(PaperDocuments.hit(s.storedFields().document(sd.doc), Float.isNaN(sd.score) ? 0 : sd.score));
        }
        return out;
    }
}
