package dev.paperboy.eval;

import dev.paperboy.tag.TagDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code paperboy eval tagging} found, as a console table and as the results section of docs/TAGGING.md
 * (between two marker comments, so the prose around it stays hand-written).
 */
final class TaggingReport {

    static final String BEGIN = "<!-- results: written by `paperboy eval tagging`; edit outside these markers -->";
    static final String END = "<!-- /results -->";

    private record Row(String set, String system, TagMetrics metrics) {
    }

    private final Path data;
    private final long seed;
    private final List<Row> rows = new ArrayList<>();
    private String command = "";
    private String counts = "";
    private String calibration = "";
    private String perTag = "";
    private String digest = "";
    private String heldOut = "";
    private String crossValidation = "";
    private String digestPapers = "";

    TaggingReport(Path data, long seed) {
        this.data = data;
        this.seed = seed;
    }

    void command(String command) {
        this.command = command;
    }

    void counts(int papers, int labelled) {
        counts = papers + " papers in `" + data.getFileName() + "`, " + labelled + " of them with at least one author keyword that names a tag.";
    }

    void calibrated(TaggingEval.Calibrated c, int dev, int test) {
        counts += String.format(Locale.ROOT, " Split (seed %d): %d development papers, %d test papers; every number below is on the test half.", seed, dev, test);
        calibration = String.format(Locale.ROOT, "Calibrated on the development half in this run: threshold %.3f (dev F1 %.3f); weights %s."
                        + " As Java: `%s`. The keyword baseline's best threshold on dev: %.2f (dev F1 %.3f).",
                c.cut().threshold(), c.cut().f1(), c.weights().describe(), c.weights().asJava(), c.keywordCut().threshold(), c.keywordCut().f1());
    }

    /** The development half's folds: the cold tagger's figure, every candidate's, and the one chosen. */
    void crossValidated(TaggingCrossValidation.Result cv, int dev) {
        row("cv", "hybrid, weights and threshold fitted on the other folds, no curator's tags", cv.cold());
        StringBuilder spread = new StringBuilder();
        TaggingCrossValidation.Scored shipped = cv.candidates().stream()
                .filter(s -> s.candidate().equals(TaggingCrossValidation.shipped())).findFirst().orElse(null);
        for (TaggingCrossValidation.Scored s : cv.candidates()) {
            String cut = s.candidate().ownCut() ? String.format(Locale.ROOT, " (%.3f on all folds)", s.cut()) : "";
            row("cv", "hybrid, + the other folds' papers as curators' tags, " + s.candidate().describe() + cut, s.metrics());
            spread.append(String.format(Locale.ROOT, "%s%.3f ± %.3f", spread.length() == 0 ? "" : ", ", s.f1(), s.standardError()));
            if (shipped != null && s != shipped) {
                double[] d = TaggingCrossValidation.pairedDifference(s, shipped);
                spread.append(String.format(Locale.ROOT, " (%+.3f ± %.3f)", d[0], d[1]));
            }
        }
        for (TaggingCrossValidation.Scored s : cv.fewExamples()) {
            row("cv", "hybrid, + " + cv.perTag() + " per tag of the other folds' papers as curators' tags (a check), " + s.candidate().describe(), s.metrics());
        }
        TaggingCrossValidation.Scored chosen = cv.chosen();
        TaggingCrossValidation.Scored best = cv.candidates().stream().reduce((a, b) -> b.f1() > a.f1() + 1e-12 ? b : a).orElse(chosen);
        crossValidation = String.format(Locale.ROOT, "The %d development papers dealt into %d folds (seed %d + 4); for each fold the weights and"
                        + " threshold are fitted, and the curators' tags learned, on the other four, and the fold is scored; counts pooled over"
                        + " the folds. Each candidate's F1 ± the standard error of its folds' F1, in the order above (the checks left out), and in"
                        + " brackets its gain over the shipped setting fold by fold ± the standard error of that paired difference: %s."
                        + " Best cross-validated F1: %s (%.3f). Chosen (the shipped setting stays unless the best beats it fold by fold by"
                        + " more than %s the standard error): **%s** (F1 %.3f); shipped: %s.",
                dev, TaggingCrossValidation.FOLDS, seed, spread, describe(best), best.f1(),
                TaggingCrossValidation.errorsNeeded(cv.candidates().size()) == 2 ? "twice" : "once", describe(chosen), chosen.f1(),
                TaggingCrossValidation.shipped().describe() + ", decision rule: " + TagDecision.SHIPPED.describe());
        cv.candidates().stream().filter(s -> s.candidate().equals(TaggingCrossValidation.shipped()) && s != best).findFirst().ifPresent(s -> {
            double[] d = TaggingCrossValidation.pairedDifference(best, s);
            crossValidation += String.format(Locale.ROOT, " The best minus the shipped, fold by fold: %+.3f ± %.3f.", d[0], d[1]);
        });
    }

    void heldOut(String how) {
        heldOut = how;
    }

    void row(String set, String system, TagMetrics metrics) {
        rows.add(new Row(set, system, metrics));
    }

    void perTag(List<Set<String>> keyword, List<Set<String>> hybrid, List<Set<String>> truth) {
        TagMetrics k = TagMetrics.of(keyword, truth);
        TagMetrics h = TagMetrics.of(hybrid, truth);
        StringBuilder s = new StringBuilder("| tag | support | keyword P | keyword R | keyword F1 | hybrid P | hybrid R | hybrid F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        k.byTag().entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().support(), a.getValue().support()))
                .forEach(e -> {
                    TagMetrics.Prf kp = e.getValue();
                    TagMetrics.Prf hp = h.byTag().get(e.getKey());
                    s.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", e.getKey(), kp.support(),
                            kp.precision(), kp.recall(), kp.f1(), hp.precision(), hp.recall(), hp.f1()));
                });
        perTag = s.toString();
    }

    void withoutKeywords(int[] counts) {
        perTag += String.format(Locale.ROOT, "%nOf the hybrid tagger's %d judged tags on the test half, %d were given without any keyword hit"
                + " (similarity alone), %d of them right.%n", counts[0], counts[1], counts[2]);
    }

    void digest(Path file, int papers) {
        digest = "`" + file + "`: " + papers + " papers whose hashtags name tags of the vocabulary.";
    }

    void digestPapers(List<String> titles, List<Set<String>> truth, List<Set<String>> keyword, List<Set<String>> hybrid) {
        StringBuilder s = new StringBuilder("| paper | curator | keyword-only | hybrid |\n|---|---|---|---|\n");
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i).length() > 70 ? titles.get(i).substring(0, 67) + "…" : titles.get(i);
            s.append("| ").append(title.replace("|", "/")).append(" | ").append(hashtags(truth.get(i))).append(" | ")
                    .append(hashtags(keyword.get(i))).append(" | ").append(hashtags(hybrid.get(i))).append(" |\n");
        }
        digestPapers = s.toString();
    }

    private static String hashtags(Set<String> tags) {
        return tags.isEmpty() ? "—" : tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
    }

    /** The headline numbers, for the console. */
    String table() {
        StringBuilder s = new StringBuilder();
        String last = "";
        for (Row r : rows) {
            if (!r.set().equals(last)) {
                s.append(switch (r.set()) {
                    case "iclr" -> "\nICLR 2021, authors' keywords as truth (test half)\n";
                    case "heldout" -> "\nICLR 2021, held-out tags (test half)\n";
                    case "cv" -> "\nICLR 2021, development half, " + TaggingCrossValidation.FOLDS + "-fold cross-validation (out of fold)\n";
                    default -> "\nCurated digest, hashtags as truth\n";
                });
                s.append(String.format(Locale.ROOT, "  %-68s %9s %7s %6s %9s%n", "system", "precision", "recall", "F1", "macro F1"));
                last = r.set();
            }
            TagMetrics.Prf m = r.metrics().micro();
            s.append(String.format(Locale.ROOT, "  %-68s %9.3f %7.3f %6.3f %9.3f%n", r.system(), m.precision(), m.recall(), m.f1(), r.metrics().macroF1()));
        }
        s.append('\n').append(calibration);
        if (!crossValidation.isEmpty()) {
            s.append("\n\n").append(crossValidation.replace("**", ""));
        }
        return s.toString();
    }

    private String markdownRows(String set) {
        StringBuilder s = new StringBuilder("| system | precision | recall | F1 (micro) | macro F1 | tags judged | unjudged predictions |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            if (r.set().equals(set)) {
                TagMetrics.Prf m = r.metrics().micro();
                s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %.3f | %d | %d |%n", r.system(), m.precision(), m.recall(),
                        m.f1(), r.metrics().macroF1(), r.metrics().byTag().size(), r.metrics().unjudged()));
            }
        }
        return s.toString();
    }

    String markdown() {
        return BEGIN + "\n"
                + "Command: `" + command + "`\n\n"
                + "### ICLR 2021: the authors' keywords as truth\n\n" + counts + "\n\n" + markdownRows("iclr") + "\n" + calibration + "\n\n"
                + (crossValidation.isEmpty() ? "" : "#### Development half, " + TaggingCrossValidation.FOLDS + "-fold cross-validation: choosing the settings\n\n"
                        + markdownRows("cv") + "\n" + crossValidation + "\n\n")
                + "#### Per tag (test half; keyword-only as shipped, hybrid as shipped after the dev papers' tags)\n\n" + perTag + "\n"
                + "### Held-out tags: fitted on half the tags, measured on the others\n\n" + heldOut + "\n\n" + markdownRows("heldout") + "\n"
                + "### The curated digest: the curator's hashtags as truth\n\n" + digest + "\n\n" + markdownRows("digest") + "\n" + digestPapers
                + END + "\n";
    }

    /**
     * Replaces the results section of {@code file} (between {@link #BEGIN} and {@link #END}) and keeps the text around
     * it; a file without the section gets it at its end, and a new file is only the section.
     */
    void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, Files.exists(file) ? replaceSection(file, Files.readString(file), markdown()) : markdown());
    }

    /** Fails, before an evaluation of minutes, when {@code file} exists and could not take the section. */
    static void checkWritable(Path file) throws IOException {
        if (Files.exists(file)) {
            replaceSection(file, Files.readString(file), "");
        }
    }

    private static String replaceSection(Path file, String document, String section) throws IOException {
        try {
            return replaceSection(document, section);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** {@code document} with its results section replaced by {@code section}, or followed by it when it has none. */
    static String replaceSection(String document, String section) {
        int begin = document.indexOf(BEGIN);
        int end = begin < 0 ? -1 : document.indexOf(END, begin);
        if (begin >= 0 && end < 0) {
            // Appending would leave the lone start marker, and the next run would replace everything after it.
            throw new IllegalArgumentException("the results section starts (" + BEGIN + ") but never ends (" + END
                    + "): put the end marker back, or remove the start marker");
        }
        if (end < 0) {
            return document.isEmpty() || document.endsWith("\n\n") ? document + section
                    : document + (document.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        int after = end + END.length();
        if (after < document.length() && document.charAt(after) == '\n') {
            after++;
        }
        return document.substring(0, begin) + section + document.substring(after);
    }

    private static String describe(TaggingCrossValidation.Scored s) {
        return s.candidate().describe() + (s.candidate().ownCut() ? String.format(Locale.ROOT, " at %.3f", s.cut()) : "");
    }
}
