package dev.paperboy.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.embed.MiniLmEmbedder;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy eval tagging}: precision, recall and F1 of the tagger against the ICLR 2021 authors' own
 * keywords (mapped to tags by {@link TaggingTruth}) and against a curator's hashtags, beside the keyword-only
 * baseline, in one run. Prints a table and rewrites the results section of docs/TAGGING.md.
 */
@Command(name = "tagging", mixinStandardHelpOptions = true,
        description = "Tagger vs keyword baseline: P/R/F1 against authors' keywords (ICLR 2021) and a curated digest.")
final class EvalTaggingCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

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

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/TAGGING.md",
            description = "Markdown file whose results section is rewritten; '-' writes none (default ${DEFAULT-VALUE}).")
    String out;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        if (tags != null) {
            config = config.with("tags.file", tags.toString());
        }
        if (!Files.isReadable(data)) {
            System.err.println("paperboy: cannot read " + data + " (give the ICLR keywords file with --data)");
            return 2;
        }
        TagVocabulary vocabulary = Settings.loadVocabulary(config);
        TaggingEval eval = new TaggingEval(vocabulary, Settings.builtInVocabulary(), new MiniLmEmbedder(config.integer("embed.threads")), System.err);
        TaggingReport report = new TaggingReport(data, seed);
        report.command(commandLine());

        List<TaggingEval.Labelled> papers = readKeywords(data, new TaggingTruth(vocabulary));
        List<TaggingEval.Labelled> labelled = papers.stream().filter(l -> !l.truth().isEmpty()).toList();
        report.counts(papers.size(), labelled.size());
        TaggingEval.Prepared set = eval.prepare("ICLR", labelled);
        List<List<Integer>> halves = TaggingEval.split(labelled.size(), seed);
        List<Integer> dev = halves.get(0);
        List<Integer> test = halves.get(1);
        TaggingEval.Calibrated calibrated = eval.calibrate(set, dev);
        report.calibrated(calibrated, dev.size(), test.size());

        List<Set<String>> truth = set.truth(test);
        double keywordThreshold = config.decimal("tags.keyword-threshold");
        double threshold = config.decimal("tags.threshold");
        double[][] shipped = set.probabilities(TaggerWeights.CALIBRATED);
        report.row("iclr", "keyword-only, threshold " + keywordThreshold + " (shipped)", TagMetrics.of(set.predict(test, set.keyword, s -> s >= keywordThreshold), truth));
        report.row("iclr", String.format(java.util.Locale.ROOT, "keyword-only, threshold %.2f (calibrated on dev)", calibrated.keywordCut().threshold()),
                TagMetrics.of(set.predict(test, set.keyword, s -> s >= calibrated.keywordCut().threshold()), truth));
        TagMetrics hybrid = TagMetrics.of(set.predict(test, shipped, p -> p >= threshold), truth);
        report.row("iclr", "hybrid, shipped weights, threshold " + threshold, hybrid);
        report.row("iclr", "hybrid, weights and threshold calibrated on dev in this run",
                TagMetrics.of(set.predict(test, set.probabilities(calibrated.weights()), p -> p >= calibrated.cut().threshold()), truth));
        if (examples > 0) {
            var pulled = eval.features(set, test, eval.prototypes(eval.examples(set, dev, examples, seed)));
            double[][] p = new double[labelled.size()][];
            for (int r : test) {
                p[r] = java.util.Arrays.stream(pulled[r]).mapToDouble(TaggerWeights.CALIBRATED::probability).toArray();
            }
            report.row("iclr", "hybrid, shipped, + " + examples + " curator examples per tag (from dev)", TagMetrics.of(set.predict(test, p, x -> x >= threshold), truth));
        }
        report.perTag(set.predict(test, set.keyword, s -> s >= keywordThreshold), set.predict(test, shipped, p -> p >= threshold), truth);
        report.withoutKeywords(withoutKeywords(set, test, shipped, threshold));

        Optional<Path> digestFile = digest != null ? Optional.of(digest) : findDigest(Path.of(config.string("seeds.dir")));
        if (digestFile.isPresent()) {
            new DigestEval(eval, vocabulary, report, keywordThreshold, threshold).run(digestFile.get());
        } else {
            System.err.println("paperboy: no curated digest found; give one with --digest");
        }
        System.out.println(report.table());
        if (!out.equals("-")) {
            report.write(Path.of(out));
            System.out.println("wrote " + out);
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
        var json = Json.mapper();
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
        for (Path file : IngestCommand.expand(List.of(seeds))) {
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
