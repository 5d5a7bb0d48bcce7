package dev.paperboy.bench;

import dev.paperboy.embed.Embedder;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest end to end on real papers with the real model: each batch is a JSON lines file (a listing day's worth)
 * read, parsed, stored, tagged and embedded by the ingest the bot runs. The baseline is the embedding model alone
 * on the same texts, timed batch by batch in the same run (in alternating order, so neither always runs on a
 * warmer or quieter machine): the ratio says how much the rest of ingest costs beyond the model.
 */
public final class IngestBench {

    /**
     * The figure, the baseline, the seconds each stage took in all, and the process's CPU seconds during ingest and
     * during the model alone (all threads; negative when unknown).
     */
    public record Result(int papers, double seconds, double baselineSeconds, Map<String, Double> stageSeconds, String loadBefore,
                         String loadAfter, double cpuSeconds, double baselineCpuSeconds) {

        /** CPU milliseconds per paper end to end: what ingest costs whoever else shares the cores. */
        public double cpuMillisPerPaper() {
            return 1000 * cpuSeconds / papers;
        }

        public double baselineCpuMillisPerPaper() {
            return 1000 * baselineCpuSeconds / papers;
        }

        public double perSecond() {
            return papers / seconds;
        }

        public double baselinePerSecond() {
            return papers / baselineSeconds;
        }
    }

    private final PaperFiles files;
    private final Stopwatches watch;
    private final PrintStream progress;

    public IngestBench(PaperFiles files, Stopwatches watch, PrintStream progress) {
        this.files = files;
        this.watch = watch;
        this.progress = progress;
    }

    /** Writes the papers as JSON lines files of {@code batch} papers each, as a source would deliver them. */
    public static List<Path> writeBatches(List<Paper> papers, int batch, JsonPapers json, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < papers.size(); i += batch) {
            List<String> lines = new ArrayList<>();
            for (Paper p : papers.subList(i, Math.min(papers.size(), i + batch))) {
                lines.add(json.toJson(p).toString());
            }
            Path file = dir.resolve(String.format("batch-%04d.jsonl", out.size()));
            Files.write(file, lines);
            out.add(file);
        }
        return out;
    }

    /** Ingests each file (the first {@code warmup} files untimed) and embeds its texts alone for the baseline. */
    public Result run(List<Path> batches, int warmup, IngestService ingest, Embedder model, Instant now) throws IOException {
        for (Path file : batches.subList(0, Math.min(warmup, batches.size()))) {
            PaperBatch batch = files.read(file, now);
            model.embedAll(texts(batch));
            ingest.ingest(batch);
        }
        watch.reset();
        String loadBefore = Machine.currentLoad();
        double seconds = 0;
        double baseline = 0;
        long[] cpu = new long[2];
        int papers = 0;
        List<Path> measured = batches.subList(Math.min(warmup, batches.size()), batches.size());
        for (int i = 0; i < measured.size(); i++) {
            List<String> texts = texts(files.read(measured.get(i), now));
            if (i % 2 == 0) {
                baseline += embedAlone(model, texts, cpu);
                seconds += endToEnd(measured.get(i), ingest, now, cpu);
            } else {
                seconds += endToEnd(measured.get(i), ingest, now, cpu);
                baseline += embedAlone(model, texts, cpu);
            }
            papers += texts.size();
            progress.printf("ingest: %,d papers, %.1f papers/s, %.1f CPU ms/paper (model alone %.1f/s, %.1f CPU ms/paper)%n", papers,
                    papers / seconds, cpu[0] / 1e6 / papers, papers / baseline, cpu[1] / 1e6 / papers);
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        watch.millis().forEach((stage, ms) -> stages.put(stage, ms / 1000));
        return new Result(papers, seconds, baseline, stages, loadBefore, Machine.currentLoad(), cpu[0] / 1e9, cpu[1] / 1e9);
    }

    /** Seconds of the ingest; its CPU nanoseconds are added to {@code cpu[0]}. */
    private double endToEnd(Path file, IngestService ingest, Instant now, long[] cpu) throws IOException {
        long c0 = Machine.processCpuNanos();
        long t0 = System.nanoTime();
        PaperBatch batch = watch.time("read and parse", () -> {
            try {
                return files.read(file, now);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ingest.ingest(batch);
        double seconds = Timings.seconds(t0);
        cpu[0] += Machine.processCpuNanos() - c0;
        return seconds;
    }

    /** Seconds of the model alone; its CPU nanoseconds are added to {@code cpu[1]}. */
    private static double embedAlone(Embedder model, List<String> texts, long[] cpu) {
        long c0 = Machine.processCpuNanos();
        long t0 = System.nanoTime();
        model.embedAll(texts);
        double seconds = Timings.seconds(t0);
        cpu[1] += Machine.processCpuNanos() - c0;
        return seconds;
    }

    private static List<String> texts(PaperBatch batch) {
        return batch.papers().stream().map(Paper::text).toList();
    }
}
