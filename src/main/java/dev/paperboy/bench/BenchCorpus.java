package dev.paperboy.bench;

import dev.paperboy.embed.Vectors;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.PaperFormat;
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
 * The benchmarks' papers: real ones from the dev listing file, and as many more recombined from them. A
 * recombined paper takes the first half of one real title and the second half of another (80% of the time from
 * the same primary category), alternates their abstracts' sentences, keeps the first paper's categories and
 * takes authors from both. Its vector is the unit-length mixture of its two sources' real vectors, weighted by
 * how much text each gave: close to what the model would say of the text, at no embedding cost.
 */
public final class BenchCorpus {

    /** A paper and its sentence vector. */
    public record Entry(Paper paper, float[] vector) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private BenchCorpus() {
    }

    /** The first {@code max} distinct papers of a JSON lines file (.gz too), such as the dev listings, in file order. */
    public static List<Paper> real(PaperFiles files, Path data, int max, Instant now) throws IOException {
        if (!Files.isReadable(data)) {
            throw new IOException("cannot read " + data + " (the dev listings are ../shared/data/arxiv-listings-dev.jsonl.gz)");
        }
        // Only as many lines as needed (a few spare for blank or duplicate entries): the dev file has 35,000 papers.
        List<String> lines = new ArrayList<>();
        try (var in = Files.newInputStream(data);
             var raw = data.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
             var reader = new java.io.BufferedReader(new java.io.InputStreamReader(raw, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null && lines.size() < max + max / 10 + 10; line = reader.readLine()) {
                lines.add(line);
            }
        }
        Map<String, Paper> distinct = new LinkedHashMap<>();
        for (Paper p : files.parse(PaperFormat.JSON_LINES, lines, now, "file:" + data.getFileName()).papers()) {
            if (distinct.size() >= max) {
                break;
            }
            if (!p.title().isBlank() && !p.abstractText().isBlank()) {
                distinct.putIfAbsent(p.id(), p);
            }
        }
        return List.copyOf(distinct.values());
    }

    /** A content-derived style id no real paper has: {@code pb-b0…} and the number in hex. */
    public static String id(long n) {
        return String.format("pb-b0%014x", n);
    }

    /**
     * {@code count} recombined papers from {@code base} (real papers with real vectors), numbered from
     * {@code firstNumber}, published at random moments of {@code [from, to)}.
     */
    public static List<Entry> recombine(List<Entry> base, int count, long firstNumber, Instant from, Instant to, Random random) {
        Map<String, List<Entry>> byCategory = new HashMap<>();
        for (Entry e : base) {
            byCategory.computeIfAbsent(primary(e.paper()), k -> new ArrayList<>()).add(e);
        }
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        List<Entry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Entry a = base.get(random.nextInt(base.size()));
            List<Entry> kin = byCategory.get(primary(a.paper()));
            Entry b = kin.size() > 1 && random.nextDouble() < 0.8 ? kin.get(random.nextInt(kin.size())) : base.get(random.nextInt(base.size()));
            out.add(mix(id(firstNumber + i), a, b, from.plusSeconds((long) (random.nextDouble() * span))));
        }
        return out;
    }

    /** The same paper published at another moment (the benchmarks spread real papers over their own calendar). */
    public static Paper publishedAt(Paper p, Instant published) {
        return new Paper(p.id(), p.title(), p.abstractText(), p.authors(), p.categories(), published, p.upvotes(), p.version(), p.source());
    }

    private static Entry mix(String id, Entry a, Entry b, Instant published) {
        String[] ta = a.paper().title().split("\\s+");
        String[] tb = b.paper().title().split("\\s+");
        String title = String.join(" ", Arrays.copyOfRange(ta, 0, (ta.length + 1) / 2)) + " "
                + String.join(" ", Arrays.copyOfRange(tb, tb.length / 2, tb.length));
        String[] sa = SENTENCE_END.split(a.paper().abstractText());
        String[] sb = SENTENCE_END.split(b.paper().abstractText());
        StringBuilder text = new StringBuilder();
        double fromA = title.length() / 2.0;
        double fromB = title.length() / 2.0;
        for (int i = 0; i < Math.max(sa.length, sb.length); i++) {
            String s = i % 2 == 0 ? (i < sa.length ? sa[i] : null) : (i < sb.length ? sb[i] : null);
            if (s != null) {
                text.append(text.length() > 0 ? " " : "").append(s);
                if (i % 2 == 0) {
                    fromA += s.length();
                } else {
                    fromB += s.length();
                }
            }
        }
        List<String> authors = new ArrayList<>();
        a.paper().authors().stream().limit(3).forEach(authors::add);
        b.paper().authors().stream().limit(3).filter(x -> !authors.contains(x)).forEach(authors::add);
        Paper paper = new Paper(id, title, text.toString(), authors, a.paper().categories(), published, 0, 0, "bench");
        float[] v = new float[a.vector().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (fromA * a.vector()[i] + fromB * b.vector()[i]);
        }
        return new Entry(paper, Vectors.normalize(v));
    }

    private static String primary(Paper p) {
        return p.categories().isEmpty() ? "" : p.categories().get(0);
    }
}
