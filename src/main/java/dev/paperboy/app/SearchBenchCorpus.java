package dev.paperboy.app;

import dev.paperboy.embed.Embedder;
import dev.paperboy.embed.Vectors;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The search benchmark's corpus: the real papers of a dev listing file, embedded once with the real model (the
 * vectors are cached in the work folder), then recombined into as many more papers as asked. A recombined
 * paper takes the first half of one real title and the second half of another from the same primary category,
 * alternates their abstracts' sentences, takes authors from both, and gets as its vector the unit-length
 * mixture of its sources' vectors weighted by how much text each gave.
 */
final class SearchBenchCorpus {

    /** A paper of the corpus with its vector. */
    record Entry(Paper paper, float[] vector) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private SearchBenchCorpus() {
    }

    /** The real papers of {@code data} (up to {@code maxReal}), with vectors from the cache or the embedder. */
    static List<Entry> real(Path data, int maxReal, Path work, Embedder embedder, Instant now) throws IOException {
        Map<String, Paper> distinct = new LinkedHashMap<>();
        for (Paper p : new PaperFiles(new dev.paperboy.paper.JsonPapers(Json.mapper())).read(data, now).papers()) {
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

    /** The real papers followed by recombined ones, {@code total} in all. */
    static List<Entry> recombined(List<Entry> real, int total, long seed) {
        List<Entry> out = new ArrayList<>(Math.max(total, real.size()));
        out.addAll(real.subList(0, Math.min(total, real.size())));
        Map<String, List<Entry>> byCategory = new HashMap<>();
        for (Entry e : real) {
            String primary = e.paper().categories().isEmpty() ? "" : e.paper().categories().get(0);
            byCategory.computeIfAbsent(primary, k -> new ArrayList<>()).add(e);
        }
        Instant first = real.stream().map(e -> e.paper().published()).min(Instant::compareTo).orElseThrow();
        Instant last = real.stream().map(e -> e.paper().published()).max(Instant::compareTo).orElseThrow();
        long days = Math.max(1, Duration.between(first, last).toDays());
        Random random = new Random(seed);
        for (int i = real.size(); i < total; i++) {
            Entry a = real.get(random.nextInt(real.size()));
            List<Entry> kin = byCategory.get(a.paper().categories().isEmpty() ? "" : a.paper().categories().get(0));
            Entry b = kin.size() > 1 && random.nextDouble() < 0.8 ? kin.get(random.nextInt(kin.size())) : real.get(random.nextInt(real.size()));
            out.add(mix(i, a, b, first.plus(Duration.ofDays(random.nextInt((int) days + 1)))));
        }
        return out;
    }

    private static Entry mix(int n, Entry a, Entry b, Instant published) {
        String[] ta = a.paper().title().split("\\s+");
        String[] tb = b.paper().title().split("\\s+");
        String title = String.join(" ", Arrays.copyOfRange(ta, 0, (ta.length + 1) / 2)) + " "
                + String.join(" ", Arrays.copyOfRange(tb, tb.length / 2, tb.length));
        String[] sa = SENTENCE_END.split(a.paper().abstractText());
        String[] sb = SENTENCE_END.split(b.paper().abstractText());
        StringBuilder abs = new StringBuilder();
        int fromA = 0;
        int fromB = 0;
        for (int i = 0; i < Math.max(sa.length, sb.length); i++) {
            String s = i % 2 == 0 ? (i < sa.length ? sa[i] : null) : (i < sb.length ? sb[i] : null);
            if (s != null) {
                abs.append(abs.length() > 0 ? " " : "").append(s);
                if (i % 2 == 0) {
                    fromA += s.length();
                } else {
                    fromB += s.length();
                }
            }
        }
        List<String> authors = new ArrayList<>();
        a.paper().authors().stream().limit(1).forEach(authors::add);
        b.paper().authors().stream().limit(4).filter(x -> !authors.contains(x)).forEach(authors::add);
        Paper paper = new Paper(String.format("pb-%016x", n), title, abs.toString(), authors, a.paper().categories(), published,
                0, 0, "bench");
        double wa = Math.max(1, fromA + title.length() / 2.0);
        double wb = Math.max(1, fromB + title.length() / 2.0);
        float[] v = new float[a.vector().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (wa * a.vector()[i] + wb * b.vector()[i]);
        }
        return new Entry(paper, Vectors.normalize(v));
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
