package dev.paperboy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.embed.Embedder;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.TaggerWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.io.PrintStream;
import picocli.CommandLine.Option;

/**
 * {@code paperboy eval tagging}: precision, recall and F1 of the tagger against the ICLR 2021 authors' own
 * keywords (mapped to tags by {@link TaggingTruth}) and against a curator's hashtags, beside the keyword-only
 * baseline, in one run. Prints a table, and writes its results section to {@code --out} when given.
 */
public final class TaggingEvaluation {

    /**
     * What the evaluation runs with, as the bot is configured: its vocabulary and the built-in one (for the tag
     * texts), the model, the two thresholds, the seed folder (for the curated digest) and the paper reader.
     */
    public record Setup(TagVocabulary vocabulary, TagVocabulary reference, Embedder embedder, double keywordThreshold,
                        double threshold, Path seeds, PaperFiles files) {
    }

    /** The command's options. */
    public static final class Options {

        @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/iclr2021-keywords.jsonl.gz",
                description = "Papers with the authors' keywords (JSON lines: id, title, abstract, keywords[]); default ${DEFAULT-VALUE}.")
        Path data;

        @Option(names = "--digest", paramLabel = "FILE",
                description = "A curated digest whose hashtags are the truth (default: the curated digest among seeds.dir).")
        Path digest;

        @Option(names = "--tags", paramLabel = "FILE", description = "A tag vocabulary instead of tags.file.")
        Path tags;

        @Option(names = "--split-seed", defaultValue = "7", description = "Seed of the development/test split (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--examples", defaultValue = "5",
                description = "Curator examples per tag, drawn from the development half, for the corrections row (default ${DEFAULT-VALUE}).")
        int examples;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
                description = "Also write the results (Markdown) to this file; '-' writes none (default ${DEFAULT-VALUE}).")
        String out;

        /** The vocabulary file to evaluate instead of {@code tags.file}, if given. */
        public Optional<Path> tags() {
            return Optional.ofNullable(tags);
        }
    }

    private final Options o;
    private final Setup setup;

    private TaggingEvaluation(Options o, Setup setup) {
        this.o = o;
        this.setup = setup;
    }

    public static int run(Options o, Setup setup, PrintStream print) throws Exception {
        return new TaggingEvaluation(o, setup).run(print);
    }

    private int run(PrintStream print) throws Exception {
        Path data = o.data;
        long seed = o.seed;
        int examples = o.examples;
        if (!Files.isReadable(data)) {
            System.err.println("paperboy: cannot read " + data + " (give the ICLR keywords file with --data)");
            return 2;
        }
        if (!o.out.equals("-")) {
            TaggingReport.checkWritable(Path.of(o.out));
        }
        TagVocabulary vocabulary = setup.vocabulary();
        TaggingEval eval = new TaggingEval(vocabulary, setup.reference(), setup.embedder(), System.err);
        TaggingReport report = new TaggingReport(data, seed);
        report.command(commandLine());

        List<TaggingEval.Labelled> papers = readKeywords(data, new TaggingTruth(vocabulary));
        List<TaggingEval.Labelled> labelled = papers.stream().filter(l -> !l.truth().isEmpty()).toList();
        report.counts(papers.size(), labelled.size());
        TaggingEval.Prepared set = eval.prepare("ICLR", labelled);
        List<List<Integer>> halves = TaggingSplits.halves(labelled.size(), seed);
        List<Integer> dev = halves.get(0);
        List<Integer> test = halves.get(1);
        TaggingEval.Calibrated calibrated = eval.calibrate(set, dev, seed);
        report.calibrated(calibrated, dev.size(), test.size());

        List<Set<String>> truth = set.truth(test);
        double keywordThreshold = setup.keywordThreshold();
        double threshold = setup.threshold();
        double[][] shipped = set.probabilities(TaggerWeights.CALIBRATED);
        report.row("iclr", "keyword-only, threshold " + keywordThreshold + " (shipped)", TagMetrics.of(set.predict(test, set.keyword, s -> s >= keywordThreshold), truth));
        report.row("iclr", String.format(java.util.Locale.ROOT, "keyword-only, threshold %.2f (calibrated on dev)", calibrated.keywordCut().threshold()),
                TagMetrics.of(set.predict(test, set.keyword, s -> s >= calibrated.keywordCut().threshold()), truth));
        report.row("iclr", "hybrid, shipped weights, threshold " + threshold + ", no curator's tags",
                TagMetrics.of(eval.assigned(test, shipped, threshold), truth));
        report.row("iclr", "hybrid, weights and threshold calibrated on dev in this run, no curator's tags",
                TagMetrics.of(eval.assigned(test, set.probabilities(calibrated.weights()), calibrated.cut().threshold()), truth));
        if (examples > 0) {
            List<Integer> few = TaggingSplits.examples(set, dev, examples, seed);
            double[][] p = eval.probabilities(set, test, eval.learned(set, few, TaggerWeights.CALIBRATED, threshold));
            report.row("iclr", "hybrid, shipped, + " + few.size() + " dev papers as curators' tags (" + examples + " per tag)",
                    TagMetrics.of(eval.assigned(test, p, threshold), truth));
        }
        double[][] corrected = eval.probabilities(set, test, eval.learned(set, dev, TaggerWeights.CALIBRATED, threshold));
        List<Set<String>> withCorrections = eval.assigned(test, corrected, threshold);
        report.row("iclr", "hybrid, shipped, + all " + dev.size() + " dev papers as curators' tags", TagMetrics.of(withCorrections, truth));
        report.crossValidated(new TaggingCrossValidation(eval, set).run(dev, seed, examples), dev.size());
        new HeldOutTags(eval, set, report).run(dev, test, seed);
        report.perTag(set.predict(test, set.keyword, s -> s >= keywordThreshold), withCorrections, truth);
        report.withoutKeywords(withoutKeywords(set, test, shipped, threshold));

        Optional<Path> digestFile = o.digest != null ? Optional.of(o.digest) : findDigest(setup.seeds());
        if (digestFile.isPresent()) {
            new DigestEval(eval, vocabulary, report, keywordThreshold, threshold).run(digestFile.get(), setup.files());
        } else {
            System.err.println("paperboy: no curated digest found; give one with --digest");
        }
        print.println(report.table());
        if (!o.out.equals("-")) {
            report.write(Path.of(o.out));
            print.println("wrote " + o.out);
        }
        return 0;
    }

    /** Of the shipped tagger's judged predictions on these rows, how many had no keyword hit, and how many of those were right. */
    private static int[] withoutKeywords(TaggingEval.Prepared set, List<Integer> rows, double[][] p, double threshold) {
        int[] out = new int[3];
        List<String> names = set.tagNames();
        Set<String> judged = new java.util.HashSet<>();
        rows.forEach(r -> judged.addAll(set.papers.get(r).truth()));
        for (int r : rows) {
            for (int t = 0; t < names.size(); t++) {
                if (p[r][t] >= threshold && judged.contains(names.get(t))) {
                    out[0]++;
                    if (set.features[r][t][3] == 0) {
                        out[1]++;
                        out[2] += set.papers.get(r).truth().contains(names.get(t)) ? 1 : 0;
                    }
                }
            }
        }
        return out;
    }

    private String commandLine() {
        Path data = o.data;
        Path digest = o.digest;
        Path tags = o.tags;
        long seed = o.seed;
        int examples = o.examples;
        StringBuilder s = new StringBuilder("java -jar target/paperboy.jar eval tagging");
        if (!data.toString().equals("../shared/data/iclr2021-keywords.jsonl.gz")) {
            s.append(" --data ").append(data);
        }
        if (digest != null) {
            s.append(" --digest ").append(digest);
        }
        if (tags != null) {
            s.append(" --tags ").append(tags);
        }
        if (seed != 7) {
            s.append(" --split-seed ").append(seed);
        }
        if (examples != 5) {
            s.append(" --examples ").append(examples);
        }
        return s.toString();
    }

    static List<TaggingEval.Labelled> readKeywords(Path file, TaggingTruth truth) throws java.io.IOException {
        List<TaggingEval.Labelled> out = new ArrayList<>();
        var json = new ObjectMapper();
        for (String line : PaperFiles.readLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> keywords = new ArrayList<>();
            node.path("keywords").forEach(k -> keywords.add(k.asText()));
            Paper paper = new Paper(node.path("id").asText(), node.path("title").asText(), node.path("abstract").asText(),
                    List.of(), List.of(), Instant.EPOCH, 0, 0, "eval");
            out.add(new TaggingEval.Labelled(paper, truth.tags(keywords)));
        }
        return out;
    }

    static Optional<Path> findDigest(Path seeds) throws java.io.IOException {
        if (!Files.isDirectory(seeds)) {
            return Optional.empty();
        }
        for (Path file : PaperFiles.expand(List.of(seeds))) {
            List<String> lines = PaperFiles.readLines(file);
            if (PaperFormat.detect(file.getFileName().toString(), lines.subList(0, Math.min(lines.size(), 400))) == PaperFormat.CURATED_DIGEST) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The curator's hashtags, kept to the vocabulary's names. */
    static Set<String> curatorTruth(PaperBatch batch, String id, TagVocabulary vocabulary) {
        Set<String> out = new LinkedHashSet<>();
        for (String tag : batch.curatorTags().getOrDefault(id, List.of())) {
            vocabulary.find(tag).ifPresent(t -> out.add(t.name()));
        }
        return out;
    }
}
