package dev.paperboy.bench;

import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.embed.Vectors;
import dev.paperboy.search.PaperIndex;
import dev.paperboy.search.SearchQueryException;
import dev.paperboy.search.SearchQueryParser;
import dev.paperboy.search.SearchService;
import dev.paperboy.search.TagLookup;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagVocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench search}: search latency over a large corpus recombined from a real listing file (see
 * {@link SearchBenchCorpus}), for the hybrid ranking users get and, in the same run, BM25 alone and an exact
 * scan over every vector (what the HNSW graph saves). The corpus vectors and the index are cached in the work
 * folder, so a second run measures at once.
 */
public final class SearchBenchmark {

    /** The command's options. */
    public static final class Options {

        @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/arxiv-listings-dev.jsonl.gz",
                description = "Real papers (JSON lines, .gz too) to embed and recombine (default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--papers", defaultValue = "100000", description = "Papers in the benchmark index (default ${DEFAULT-VALUE}).")
        int papers;

        @Option(names = "--real", defaultValue = "1000000", description = "At most this many real papers are embedded (default: all).")
        int maxReal;

        @Option(names = "--queries", defaultValue = "1000", description = "Measured queries per ranking (default ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--warmup", defaultValue = "300", description = "Queries run first and not measured (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--work", defaultValue = "target/bench-search", description = "Cache of vectors and index (default ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the recombination and the queries (default ${DEFAULT-VALUE}).")
        long seed;
    }

    private SearchBenchmark() {
    }

    public static int run(Options o, SearchBenchCorpus.Tools tools, java.io.PrintStream out) throws Exception {
        String load = Machine.currentLoad();
        var setup = SearchBenchCorpus.Setup.load(tools, o.data, o.maxReal, o.work);
        if (setup.isEmpty()) {
            return 2;
        }
        TagVocabulary vocabulary = setup.get().vocabulary();
        KeywordTagger tagger = setup.get().tagger();
        MiniLmEmbedder embedder = setup.get().embedder();
        List<BenchCorpus.Entry> real = setup.get().real();
        List<BenchCorpus.Entry> corpus = SearchBenchCorpus.recombined(real, o.papers, o.seed);
        Path indexDir = o.work.resolve("index-" + corpus.size() + "-" + real.size() + "-" + o.seed + "-b"); // -b: recombined by BenchCorpus
        try (SearchBenchIndex bench = new SearchBenchIndex(corpus, vocabulary, tagger, embedder, indexDir)) {
            PaperIndex index = bench.index;
            TagLookup tags = bench.tags;
            List<SearchBenchQueries.Query> qs = SearchBenchQueries.generate(real.stream().map(BenchCorpus.Entry::paper).toList(),
                    o.warmup + o.queries, o.seed + 1, p -> tagger.tag(p).stream().map(TagScore::tag).toList());
            List<SearchBenchQueries.Query> warm = qs.subList(0, Math.min(o.warmup, qs.size()));
            List<SearchBenchQueries.Query> measured = qs.subList(warm.size(), qs.size());

            SearchService hybrid = new SearchService(index, tags, bench.indexer, Optional.of(bench.embeddings));
            SearchService words = new SearchService(index, tags, bench.indexer, Optional.of(bench.embeddings));
            Map<String, double[]> byRanking = new LinkedHashMap<>();
            Map<String, List<Double>> hybridByKind = new TreeMap<>();
            run(words, warm, false, null);
            byRanking.put("BM25 alone (baseline)", run(words, measured, false, null));
            run(hybrid, warm, true, null);
            byRanking.put("hybrid (what users get)", run(hybrid, measured, true, hybridByKind));
            byRanking.put("query embedding alone", embedOnly(embedder, measured, tags));
            byRanking.put("exact scan of all vectors (no HNSW)", exactScan(bench.vectors, embedder, measured, tags));

            out.println(report(corpus.size(), real.size(), bench.build, indexDir, load, measured.size(), byRanking, hybridByKind));
        }
        return 0;
    }

    private static double[] run(SearchService service, List<SearchBenchQueries.Query> queries, boolean meaning,
                                Map<String, List<Double>> byKind) {
        double[] ms = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            SearchBenchQueries.Query q = queries.get(i);
            long t0 = System.nanoTime();
            try {
                if (meaning) {
                    service.search(q.text(), 5);
                } else {
                    service.searchWords(q.text(), 5);
                }
            } catch (SearchQueryException e) {
                // A generated query the parser refuses is answered as fast as any; its time still counts.
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (byKind != null) {
                byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(ms[i]);
            }
        }
        return ms;
    }

    private static double[] embedOnly(MiniLmEmbedder embedder, List<SearchBenchQueries.Query> queries, TagLookup tags) {
        List<String> texts = texts(queries, tags);
        double[] ms = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long t0 = System.nanoTime();
            embedder.embed(texts.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    /** The brute-force alternative to HNSW: every vector's dot product with the query, top 100 kept. */
    private static double[] exactScan(Map<String, float[]> all, MiniLmEmbedder embedder, List<SearchBenchQueries.Query> queries, TagLookup tags) {
        float[][] matrix = all.values().toArray(new float[0][]);
        List<float[]> targets = texts(queries, tags).stream().map(embedder::embed).toList();
        double[] ms = new double[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            long t0 = System.nanoTime();
            float[] q = targets.get(i);
            java.util.PriorityQueue<float[]> top = new java.util.PriorityQueue<>(Comparator.comparingDouble(x -> x[0]));
            for (int d = 0; d < matrix.length; d++) {
                float s = Vectors.dot(matrix[d], q);
                if (top.size() < 100) {
                    top.add(new float[] {s, d});
                } else if (s > top.peek()[0]) {
                    top.poll();
                    top.add(new float[] {s, d});
                }
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private static List<String> texts(List<SearchBenchQueries.Query> queries, TagLookup tags) {
        SearchQueryParser parser = new SearchQueryParser(tags);
        List<String> out = new ArrayList<>();
        for (SearchBenchQueries.Query q : queries) {
            try {
                String text = parser.parse(q.text()).text();
                if (!text.isBlank()) {
                    out.add(text);
                }
            } catch (SearchQueryException e) {
                // not a query with words
            }
        }
        return out;
    }

    private static String report(int papers, int real, String build, Path indexDir, String load, int measured,
                                 Map<String, double[]> byRanking, Map<String, List<Double>> byKind) throws java.io.IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(indexDir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        Runtime rt = Runtime.getRuntime();
        StringBuilder s = new StringBuilder();
        s.append(String.format("Search over %,d papers (%,d real, %,d recombined); index %s, %.0f MB on disk.%n", papers, real,
                papers - real, build, bytes / 1e6));
        s.append(String.format("%d measured queries per row after warm-up; load average at start: %s; heap in use %.0f MB.%n%n",
                measured, load, (rt.totalMemory() - rt.freeMemory()) / 1e6));
        s.append("| what | p50 ms | p90 ms | p99 ms | mean ms | max ms |\n| --- | --- | --- | --- | --- | --- |\n");
        byRanking.forEach((name, ms) -> s.append(row(name, ms)));
        s.append("\nHybrid by kind of query:\n\n| kind | queries | p50 ms | p90 ms | p99 ms | mean ms | max ms |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        byKind.forEach((kind, list) -> {
            double[] ms = list.stream().mapToDouble(Double::doubleValue).toArray();
            s.append("| ").append(kind).append(" | ").append(ms.length).append(' ').append(row("", ms).substring(3));
        });
        return s.toString();
    }

    private static String row(String name, double[] ms) {
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        double mean = java.util.Arrays.stream(sorted).average().orElse(0);
        return String.format("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), mean,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
