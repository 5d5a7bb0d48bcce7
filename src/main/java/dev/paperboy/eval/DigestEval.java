package dev.paperboy.eval;

import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.TaggerWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tagger against a human curator: each paper of a curated digest, whose hashtags are the truth, tagged by
 * the keyword baseline, by the shipped tagger, and by the shipped tagger that has seen the curator's tags on the
 * digest's other papers as corrections (leave one out), as it would after ingesting them.
 */
final class DigestEval {

    private final TaggingEval eval;
    private final TagVocabulary vocabulary;
    private final TaggingReport report;
    private final double keywordThreshold;
    private final double threshold;

    DigestEval(TaggingEval eval, TagVocabulary vocabulary, TaggingReport report, double keywordThreshold, double threshold) {
        this.eval = eval;
        this.vocabulary = vocabulary;
        this.report = report;
        this.keywordThreshold = keywordThreshold;
        this.threshold = threshold;
    }

    void run(Path file, PaperFiles files) throws IOException {
        PaperBatch batch = files.read(file, Instant.EPOCH);
        List<TaggingEval.Labelled> papers = new ArrayList<>();
        batch.papers().forEach(p -> {
            Set<String> truth = TaggingEvaluation.curatorTruth(batch, p.id(), vocabulary);
            if (!truth.isEmpty()) {
                papers.add(new TaggingEval.Labelled(p, truth));
            }
        });
        report.digest(file, papers.size());
        if (papers.isEmpty()) {
            return;
        }
        TaggingEval.Prepared set = eval.prepare("digest", papers);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            rows.add(i);
        }
        List<Set<String>> truth = set.truth(rows);
        List<Set<String>> keyword = set.predict(rows, set.keyword, s -> s >= keywordThreshold);
        List<Set<String>> hybrid = eval.assigned(rows, set.probabilities(TaggerWeights.CALIBRATED), threshold);
        double[][] corrected = new double[papers.size()][];
        for (int r : rows) {
            List<Integer> others = rows.stream().filter(o -> o != r).toList();
            corrected[r] = eval.probabilities(set, List.of(r), eval.learned(set, others, TaggerWeights.CALIBRATED, threshold))[r];
        }
        List<Set<String>> withExamples = eval.assigned(rows, corrected, threshold);
        report.row("digest", "keyword-only, threshold " + keywordThreshold + " (shipped)", TagMetrics.of(keyword, truth));
        report.row("digest", "hybrid, shipped weights, threshold " + threshold, TagMetrics.of(hybrid, truth));
        report.row("digest", "hybrid, shipped, + the other papers' hashtags as corrections", TagMetrics.of(withExamples, truth));
        List<String> titles = papers.stream().map(l -> l.paper().displayTitle()).toList();
        report.digestPapers(titles, truth, keyword, hybrid);
    }
}
