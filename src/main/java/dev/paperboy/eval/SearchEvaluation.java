package dev.paperboy.eval;

import dev.paperboy.bench.BenchCorpus;
import dev.paperboy.bench.SearchBenchCorpus;
import dev.paperboy.bench.SearchBenchIndex;
import dev.paperboy.bench.SearchBenchQueries;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.paper.Paper;
import dev.paperboy.search.RankingVariants;
import dev.paperboy.search.SearchHit;
import dev.paperboy.search.SearchQueryException;
import dev.paperboy.search.SearchService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine.Option;

/**
 * {@code paperboy eval search}: how well each candidate ranking finds a known paper among the real dev listings,
 * side by side in one run, on two kinds of query: papers described in other words (hand-written, shipped in the
 * jar) and a few consecutive words of a paper's title (generated). BM25 alone is the baseline.
 */
public final class SearchEvaluation {

    /** A query and the paper it is after. */
    private record Case(String query, String paperId) {
    }

    /** The command's options. */
    public static final class Options {
        @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/arxiv-listings-dev.jsonl.gz",
                description = "The listing file the queries were written for (default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--queries", paramLabel = "FILE", description = "Described-in-other-words queries: id TAB query per line "
                + "(default: the set shipped in the jar, written for the dev listings).")
        Path queries;

        @Option(names = "--title-queries", defaultValue = "300", description = "Generated title-word queries (default ${DEFAULT-VALUE}).")
        int titleQueries;

        @Option(names = "--work", defaultValue = "target/bench-search", description = "Cache of vectors and index (default ${DEFAULT-VALUE}).")
        Path work;
    }

    private SearchEvaluation() {
    }

    public static int run(Options o, SearchBenchCorpus.Tools tools, java.io.PrintStream print) throws Exception {
        var setup = SearchBenchCorpus.Setup.load(tools, o.data, Integer.MAX_VALUE, o.work);
        if (setup.isEmpty()) {
            return 2;
        }
        MiniLmEmbedder embedder = setup.get().embedder();
        var vocabulary = setup.get().vocabulary();
        List<BenchCorpus.Entry> real = setup.get().real();
        List<Case> described = described(o.queries);
        List<Case> titles = titleCases(real.stream().map(BenchCorpus.Entry::paper).toList(), o.titleQueries, 3);
        try (SearchBenchIndex bench = new SearchBenchIndex(real, vocabulary, setup.get().tagger(),
                embedder, o.work.resolve("eval-index-" + real.size()))) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("Known-paper search over the %,d dev papers: %d described in other words, %d by title words.%n%n",
                    real.size(), described.size(), titles.size()));
            out.append("| ranking | other words: MRR@10 | found @1 | @5 | @10 | title words: MRR@10 | found @1 | @5 | @10 |\n");
            out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            Map<String, SearchService> variants = RankingVariants.all(bench.index, bench.tags, bench.indexer, bench.embeddings);
            out.append(row("BM25 alone (baseline)", variants.get(RankingVariants.CHOSEN), true, described, titles));
            for (Map.Entry<String, SearchService> v : variants.entrySet()) {
                out.append(row(v.getKey(), v.getValue(), false, described, titles));
            }
            print.println(out);
        }
        return 0;
    }

    private static List<Case> described(Path queries) throws IOException {
        List<String> lines;
        if (queries != null) {
            lines = Files.readAllLines(queries);
        } else {
            try (InputStream in = SearchEvaluation.class.getResourceAsStream("/eval/search-paraphrases.tsv")) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
        List<Case> out = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (!line.startsWith("#") && tab > 0) {
                out.add(new Case(line.substring(tab + 1).strip(), line.substring(0, tab).strip()));
            }
        }
        return out;
    }

    /** Two to four consecutive words of a random paper's title, as someone half-remembering it would type. */
    private static List<Case> titleCases(List<Paper> papers, int n, long seed) {
        Random random = new Random(seed);
        List<Case> out = new ArrayList<>();
        while (out.size() < n) {
            Paper p = papers.get(random.nextInt(papers.size()));
            String[] w = p.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
            if (w.length < 4) {
                continue;
            }
            int k = 2 + random.nextInt(3);
            int start = random.nextInt(w.length - k + 1);
            String[] window = Arrays.copyOfRange(w, start, start + k);
            if (!SearchBenchQueries.STOP.containsAll(Arrays.asList(window))) {
                out.add(new Case(String.join(" ", window), p.id()));
            }
        }
        return out;
    }

    private static String row(String name, SearchService service, boolean wordsOnly, List<Case> described, List<Case> titles)
            throws SearchQueryException {
        return "| " + name + " | " + score(service, wordsOnly, described) + " | " + score(service, wordsOnly, titles) + " |\n";
    }

    private static String score(SearchService service, boolean wordsOnly, List<Case> cases) throws SearchQueryException {
        double mrr = 0;
        int[] found = new int[3];
        for (Case c : cases) {
            List<String> ids = (wordsOnly ? service.searchWords(c.query(), 10) : service.search(c.query(), 10)).hits().stream()
                    .map(SearchHit::id).toList();
            int rank = ids.indexOf(c.paperId());
            if (rank >= 0) {
                mrr += 1.0 / (rank + 1);
                found[0] += rank < 1 ? 1 : 0;
                found[1] += rank < 5 ? 1 : 0;
                found[2]++;
            }
        }
        int n = cases.size();
        return String.format("%.3f | %.2f | %.2f | %.2f", mrr / n, found[0] / (double) n, found[1] / (double) n, found[2] / (double) n);
    }
}
