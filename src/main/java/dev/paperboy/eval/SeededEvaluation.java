package dev.paperboy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.embed.Vectors;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.library.BibtexWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Seeded taste on CiteULike: each user's library is split in half at random (fixed seed); one half seeds a
 * channel through {@code /papers seed}, and the first 20 picks of its {@code /papers digest 20} among all other papers are scored by how much of the other
 * half they find (recall@20) and how high (nDCG@20). In the same run: the arxiv-sanity TF-IDF + SVM baseline
 * and the MiniLM centroid of the seeds.
 */
public final class SeededEvaluation {

    public static final int K = 20;
    /** The learned mode's run seeded from a BibTeX export of the same half instead of ids. */
    public static final String SEEDED_FROM_BIBTEX = "learned, seeded from BibTeX";

    /** Mean recall@20 and nDCG@20 per method, in the order run. */
    public record Result(Map<String, double[]> means, int users, int papers, List<String> refusedSeeds) {
    }

    private final Bot bot;
    private final Function<Map<String, String>, Map<String, float[]>> embed;
    private final long seed;
    private final PrintStream progress;

    public SeededEvaluation(Bot bot, Function<Map<String, String>, Map<String, float[]>> embed, long seed, PrintStream progress) {
        this.bot = bot;
        this.embed = embed;
        this.seed = seed;
        this.progress = progress;
    }

    public Result run(List<JsonNode> paperRows, List<JsonNode> users, List<String> modes) {
        Instant published = Instant.parse("2020-01-01T00:00:00Z");
        Instant now = published.plusSeconds(86_400);
        List<Paper> papers = new ArrayList<>();
        Map<String, Paper> byId = new HashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode row : paperRows) {
            Paper p = new Paper(row.get("id").asText(), row.get("title").asText(), row.path("abstract").asText(""), List.of(),
                    List.of(), published, 0, 0, "eval");
            papers.add(p);
            byId.put(p.id(), p);
            texts.put(p.id(), p.text());
        }
        progress.println("embedding and indexing " + papers.size() + " papers…");
        bot.ingest(papers, published);
        Map<String, float[]> vectors = embed.apply(texts);
        TfIdfSvm tfidf = new TfIdfSvm(texts);

        Map<String, double[]> sums = new LinkedHashMap<>();
        long[] bibtexSeeds = new long[2]; // seeds written, seeds matched back to the same paper
        List<String> refused = new ArrayList<>();
        int evaluated = 0;
        for (JsonNode user : users) {
            List<String> library = new ArrayList<>(EvalData.strings(user.get("library")).stream().filter(texts::containsKey).toList());
            if (library.size() < 4) {
                continue;
            }
            Collections.sort(library);
            Collections.shuffle(library, new Random(seed * 31 + user.get("user").asText().hashCode()));
            List<String> seeds = library.subList(0, library.size() / 2);
            Set<String> heldOut = new HashSet<>(library.subList(library.size() / 2, library.size()));
            Set<String> seedSet = new HashSet<>(seeds);

            Map<String, List<String>> rankings = new LinkedHashMap<>();
            for (String mode : modes) {
                String channel = mode + ":" + user.get("user").asText();
                bot.createChannel(channel, mode, Set.of(), now);
                List<String> refusals = bot.seed(channel, seeds, now);
                refusals.forEach(r -> progress.println("seed refused: " + r));
                refused.addAll(refusals);
                rankings.put(mode, bot.digest(channel, K, now).stream().map(Bot.Delivered::paperId).toList());
            }
            if (modes.contains("learned")) {
                // The same half, seeded as a group would: a BibTeX export of it, matched back by title and content id.
                String channel = "learned-bibtex:" + user.get("user").asText();
                bot.createChannel(channel, "learned", Set.of(), now);
                String bib = new BibtexWriter().write(seeds.stream().map(byId::get).toList());
                List<String> found = bot.seedFromFile(channel, "half.bib", bib.getBytes(StandardCharsets.UTF_8), now);
                bibtexSeeds[0] += seeds.size();
                bibtexSeeds[1] += found.stream().filter(seedSet::contains).count();
                rankings.put(SEEDED_FROM_BIBTEX, bot.digest(channel, K, now).stream().map(Bot.Delivered::paperId).toList());
            }
            rankings.put("tf-idf svm (arxiv-sanity)", top(tfidf.scores(seedSet, seed), seedSet));
            float[] centroid = Vectors.centroid(seeds.stream().map(vectors::get).toList());
            Map<String, Double> cos = new LinkedHashMap<>();
            vectors.forEach((id, v) -> cos.put(id, (double) Vectors.dot(centroid, v)));
            rankings.put("minilm centroid", top(cos, seedSet));

            for (Map.Entry<String, List<String>> e : rankings.entrySet()) {
                double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
                s[0] += recall(e.getValue(), heldOut);
                s[1] += ndcg(e.getValue(), heldOut);
            }
            evaluated++;
            int done = evaluated;
            progress.printf("user %d/%d (%d papers): %s%n", done, users.size(), library.size(),
                    String.join(", ", rankings.keySet().stream().map(k -> String.format("%s recall %.3f", k, sums.get(k)[0] / done)).toList()));
        }
        Map<String, double[]> means = new LinkedHashMap<>();
        final int n = evaluated;
        sums.forEach((k, s) -> means.put(k, new double[] {s[0] / n, s[1] / n}));
        if (bibtexSeeds[0] > 0) {
            progress.printf("BibTeX seeding: %d of %d seeds matched back to the same paper%n", bibtexSeeds[1], bibtexSeeds[0]);
        }
        return new Result(means, evaluated, papers.size(), refused);
    }

    private static List<String> top(Map<String, Double> scores, Set<String> exclude) {
        return scores.entrySet().stream().filter(e -> !exclude.contains(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(K).map(Map.Entry::getKey).toList();
    }

    static double recall(List<String> ranked, Set<String> relevant) {
        long hits = ranked.stream().limit(K).filter(relevant::contains).count();
        return relevant.isEmpty() ? 0 : hits / (double) relevant.size();
    }

    static double ndcg(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(K, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
