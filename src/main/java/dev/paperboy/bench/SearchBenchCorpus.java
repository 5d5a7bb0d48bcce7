package dev.paperboy.bench;

import dev.paperboy.bench.BenchCorpus.Entry;
import dev.paperboy.embed.Embedder;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The search benchmark's corpus: the real papers of a dev listing file, embedded once with the real model (the
 * vectors are cached in the work folder), then recombined into as many more papers as asked, as the other
 * benchmarks' papers are ({@link BenchCorpus#recombine}).
 */
public final class SearchBenchCorpus {

    private SearchBenchCorpus() {
    }

    /**
     * What both search harnesses ({@code bench search}, {@code eval search}) start from: the bot's vocabulary and
     * keyword tagger, the model, and the real papers of the listing file, embedded (or read from the cache).
     */
    public record Setup(TagVocabulary vocabulary, KeywordTagger tagger, MiniLmEmbedder embedder, List<Entry> real) {

        /** Empty, with the reason on stderr, when the listing file cannot be read. */
        public static java.util.Optional<Setup> load(Tools tools, Path data, int maxReal, Path work) throws IOException {
            if (!Files.isReadable(data)) {
                System.err.println("paperboy: cannot read " + data + " (give a listing file with --data)");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Setup(tools.vocabulary(), tools.tagger(), tools.embedder(),
                    SearchBenchCorpus.real(tools.files(), data, maxReal, work, tools.embedder(), Instant.now())));
        }
    }

    /** The bot's vocabulary, its keyword tagger and model, and its paper reader, as configured. */
    public record Tools(TagVocabulary vocabulary, KeywordTagger tagger, MiniLmEmbedder embedder, PaperFiles files) {
    }

    /** The real papers of {@code data} (up to {@code maxReal}), with vectors from the cache or the embedder. */
    static List<Entry> real(PaperFiles files, Path data, int maxReal, Path work, Embedder embedder, Instant now) throws IOException {
        Map<String, Paper> distinct = new LinkedHashMap<>();
        for (Paper p : files.read(data, now).papers()) {
            if (distinct.size() < maxReal) {
                distinct.putIfAbsent(p.id(), p);
            }
        }
        List<Paper> papers = List.copyOf(distinct.values());
        Path cache = work.resolve("vectors-" + embedder.model() + "-" + papers.size() + "-" + Integer.toHexString(ids(papers).hashCode()) + ".bin");
        Map<String, float[]> vectors = Files.exists(cache) ? readVectors(cache) : Map.of();
        if (vectors.size() != papers.size()) {
            vectors = embed(papers, embedder);
            Files.createDirectories(work);
            writeVectors(cache, vectors);
        }
        List<Entry> out = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            out.add(new Entry(p, vectors.get(p.id())));
        }
        return out;
    }

    /** The real papers followed by recombined ones ({@link BenchCorpus#recombine}), {@code total} in all. */
    public static List<Entry> recombined(List<Entry> real, int total, long seed) {
        List<Entry> out = new ArrayList<>(Math.max(total, real.size()));
        out.addAll(real.subList(0, Math.min(total, real.size())));
        if (total > real.size()) {
            Instant first = real.stream().map(e -> e.paper().published()).min(Instant::compareTo).orElseThrow();
            Instant last = real.stream().map(e -> e.paper().published()).max(Instant::compareTo).orElseThrow();
            out.addAll(BenchCorpus.recombine(real, total - real.size(), real.size(), first, last.plus(Duration.ofDays(1)), new Random(seed)));
        }
        return out;
    }

    private static Map<String, float[]> embed(List<Paper> papers, Embedder embedder) {
        Map<String, float[]> out = new LinkedHashMap<>();
        long started = System.nanoTime();
        int batch = 256;
        for (int i = 0; i < papers.size(); i += batch) {
            List<Paper> chunk = papers.subList(i, Math.min(papers.size(), i + batch));
            List<float[]> vs = embedder.embedAll(chunk.stream().map(Paper::text).toList());
            for (int j = 0; j < chunk.size(); j++) {
                out.put(chunk.get(j).id(), vs.get(j));
            }
            if ((i / batch) % 20 == 0) {
                System.err.printf("embedding real papers: %d of %d (%.0f s)%n", out.size(), papers.size(), (System.nanoTime() - started) / 1e9);
            }
        }
        return out;
    }

    private static String ids(List<Paper> papers) {
        StringBuilder s = new StringBuilder();
        papers.forEach(p -> s.append(p.id()).append(','));
        return s.toString();
    }

    private static void writeVectors(Path file, Map<String, float[]> vectors) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
    }

    private static Map<String, float[]> readVectors(Path file) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                out.put(id, v);
            }
        }
        return out;
    }
}
