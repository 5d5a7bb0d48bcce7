package dev.paperboy.eval;

import dev.paperboy.embed.Embedder;
import dev.paperboy.paper.Paper;
import dev.paperboy.tag.ExampleWords;
import dev.paperboy.tag.KeywordEvidence;
import dev.paperboy.tag.HybridScorer;
import dev.paperboy.tag.Tag;
import dev.paperboy.tag.TagDecision;
import dev.paperboy.tag.TagLearning;
import dev.paperboy.tag.TagPrototypes;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.TaggerCalibration;
import dev.paperboy.tag.TaggerWeights;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;

/**
 * The tagging evaluation: embeds labelled papers once, computes every (paper, tag) feature row once, and from
 * those scores the keyword baseline, the shipped tagger and a tagger calibrated on a development half, on the
 * other half. Calibration: the logistic weights and the probability cut-off with the best micro F1 are fitted on
 * the development papers only; the baseline's threshold is chosen the same way, so both get the same chance.
 */
final class TaggingEval {

    /** A paper and the tags the truth gives it. */
    record Labelled(Paper paper, Set<String> truth) { }

    /** A set of papers made ready for scoring: vectors, keyword evidence and features. */
    final class Prepared {
        final List<Labelled> papers;
        final List<float[]> vectors;
        final double[][] keyword;
        final double[][][] features;

        Prepared(List<Labelled> papers, List<float[]> vectors, TagPrototypes prototypes) {
            this.papers = papers;
            this.vectors = vectors;
            this.keyword = new double[papers.size()][];
            this.features = new double[papers.size()][][];
            HybridScorer scorer = scorer(prototypes);
            for (int i = 0; i < papers.size(); i++) {
                Paper paper = papers.get(i).paper();
                keyword[i] = evidence.of(paper).stream().mapToDouble(KeywordEvidence.Hits::score).toArray();
                features[i] = scorer.features(paper, vectors.get(i));
            }
        }

        List<String> tagNames() {
            return names;
        }

        List<Set<String>> truth(List<Integer> rows) {
            return rows.stream().map(r -> papers.get(r).truth()).toList();
        }

        /** The tags a score assigns: {@code assign} sees (row, tag index) scores. */
        List<Set<String>> predict(List<Integer> rows, double[][] scores, DoublePredicate assign) {
            List<Set<String>> out = new ArrayList<>();
            for (int r : rows) {
                Set<String> tags = new TreeSet<>();
                for (int t = 0; t < names.size(); t++) {
                    if (assign.test(scores[r][t])) {
                        tags.add(names.get(t));
                    }
                }
                out.add(tags);
            }
            return out;
        }

        double[][] probabilities(TaggerWeights weights) {
            double[][] out = new double[features.length][names.size()];
            for (int r = 0; r < features.length; r++) {
                for (int t = 0; t < names.size(); t++) {
                    out[r][t] = weights.probability(features[r][t]);
                }
            }
            return out;
        }
    }

    private final TagVocabulary vocabulary;
    private final TagVocabulary reference;
    private final Embedder embedder;
    private final PrintStream progress;
    private final KeywordEvidence evidence;
    private final List<String> names;
    private final Map<String, float[]> tagTexts = new HashMap<>();

    TaggingEval(TagVocabulary vocabulary, TagVocabulary reference, Embedder embedder, PrintStream progress) {
        this.vocabulary = vocabulary;
        this.reference = reference;
        this.embedder = embedder;
        this.progress = progress;
        this.evidence = new KeywordEvidence(vocabulary);
        this.names = vocabulary.all().stream().map(Tag::name).toList();
    }

    void progress(String line) {
        progress.println(line);
    }

    Prepared prepare(String what, List<Labelled> papers) {
        return new Prepared(papers, embed(what, papers), prototypes(Map.of()));
    }

    /** Prototypes pulled by example vectors (by tag), as curator corrections would pull them. */
    TagPrototypes prototypes(Map<String, List<float[]>> examples) {
        if (tagTexts.isEmpty()) {
            List<String> texts = TagPrototypes.texts(vocabulary, reference).stream().distinct().toList();
            progress.println("embedding " + texts.size() + " tag texts…");
            List<float[]> vectors = embedder.embedAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                tagTexts.put(texts.get(i), vectors.get(i));
            }
        }
        return TagPrototypes.build(vocabulary, reference, tagTexts::get, examples);
    }

    /** Only its features are read here, so the weights and threshold do not matter. */
    private HybridScorer scorer(TagPrototypes prototypes) {
        return new HybridScorer(evidence, prototypes, TaggerWeights.CALIBRATED, 0.5);
    }

    /** Fits weights, then the cut-off, on the given rows and the tags their truth uses. */
    Calibrated calibrate(Prepared set, List<Integer> rows, long seed) {
        return calibrate(set, rows, judged(set, rows), seed);
    }

    /**
     * Fits weights, then the cut-off, on the given rows and those of {@code tags} their truth uses. For a seeded
     * half of the tags the rows' features carry the words learned from the other rows' tags (five folds, so no
     * row's own tags teach its score): the weights then learn to read a tag with curators' examples and one
     * without, as the bot meets both.
     */
    Calibrated calibrate(Prepared set, List<Integer> rows, Set<String> tags, long seed) {
        Set<String> judged = new TreeSet<>(judged(set, rows));
        judged.retainAll(tags);
        List<String> shuffled = new ArrayList<>(judged);
        Collections.shuffle(shuffled, new Random(seed + 2));
        Set<String> learned = new TreeSet<>(shuffled.subList(0, shuffled.size() / 2));
        double[][][] features = foldFeatures(set, rows, learned);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int r : rows) {
            for (int t = 0; t < names.size(); t++) {
                if (judged.contains(names.get(t))) {
                    x.add(features[r][t]);
                    y.add(set.papers.get(r).truth().contains(names.get(t)));
                }
            }
        }
        progress.println("calibrating on " + rows.size() + " papers × " + judged.size() + " tags = " + x.size() + " pairs…");
        TaggerWeights weights = TaggerCalibration.fit(x, y);
        double[][] p = new double[features.length][];
        for (int r : rows) {
            p[r] = java.util.Arrays.stream(features[r]).mapToDouble(weights::probability).toArray();
        }
        TaggerCalibration.Cut cut = cut(set, rows, judged, p);
        TaggerCalibration.Cut keywordCut = cut(set, rows, judged, set.keyword);
        return new Calibrated(weights, cut, keywordCut);
    }

    /** Features of the rows where the {@code learned} tags carry out-of-fold example words, the rest none. */
    private double[][][] foldFeatures(Prepared set, List<Integer> rows, Set<String> learned) {
        double[][][] out = new double[set.papers.size()][][];
        HybridScorer scorer = scorer(prototypes(Map.of()));
        int folds = 5;
        for (int fold = 0; fold < folds; fold++) {
            List<Paper> papers = new ArrayList<>();
            List<Set<String>> labels = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % folds != fold) {
                    papers.add(set.papers.get(rows.get(i)).paper());
                    labels.add(set.papers.get(rows.get(i)).truth());
                }
            }
            ExampleWords words = ExampleWords.fit(papers, labels, names);
            for (int i = fold; i < rows.size(); i += folds) {
                int r = rows.get(i);
                out[r] = scorer.features(set.papers.get(r).paper(), set.vectors.get(r), words);
                for (int t = 0; t < names.size(); t++) {
                    if (!learned.contains(names.get(t))) {
                        out[r][t][8] = 0;
                        out[r][t][9] = 0;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The tagger after curators tagged these rows as their truth says: prototypes pulled by them, each tag's
     * words and calibration learned from them ({@link TagLearning}), as the bot learns from corrections.
     */
    HybridScorer learned(Prepared set, List<Integer> rows, TaggerWeights weights, double threshold) {
        return taught(set, rows, weights, threshold).with(TagLearning.PRIOR);
    }

    /** The tagger before learning (prototypes already pulled by the rows) and what the rows teach, to calibrate with a prior. */
    record Taught(HybridScorer base, TagLearning.Evidence evidence) {
        HybridScorer with(double prior) { return with(prior, false); }
        HybridScorer with(double prior, boolean wordsAgain) { return base.with(evidence.calibrated(prior, wordsAgain)); }
    }

    /** What curators tagging these rows as their truth says would teach, before each tag's calibration. */
    Taught taught(Prepared set, List<Integer> rows, TaggerWeights weights, double threshold) {
        Map<String, List<float[]>> pulls = new LinkedHashMap<>();
        List<TagLearning.Example> examples = new ArrayList<>();
        for (int r : rows) {
            Labelled l = set.papers.get(r);
            l.truth().forEach(t -> pulls.computeIfAbsent(t, k -> new ArrayList<>()).add(set.vectors.get(r)));
            examples.add(new TagLearning.Example(l.paper(), set.vectors.get(r), l.truth()));
        }
        HybridScorer base = new HybridScorer(evidence, prototypes(pulls), weights, threshold);
        return new Taught(base, TagLearning.evidence(base, names, examples));
    }

    /** Each row's tag probabilities by a scorer (null for rows not asked for). */
    double[][] probabilities(Prepared set, List<Integer> rows, HybridScorer scorer) {
        double[][] out = new double[set.papers.size()][];
        for (int r : rows) {
            out[r] = scorer.probabilities(set.papers.get(r).paper(), set.vectors.get(r));
        }
        return out;
    }

    /** The tags the shipped tagger gives each row from its probabilities ({@link TagDecision#SHIPPED}). */
    List<Set<String>> assigned(List<Integer> rows, double[][] p, double threshold) {
        return assigned(rows, p, threshold, TagDecision.SHIPPED);
    }

    List<Set<String>> assigned(List<Integer> rows, double[][] p, double threshold, TagDecision rule) {
        List<Set<String>> out = new ArrayList<>();
        for (int r : rows) {
            boolean[] given = rule.assign(p[r], threshold);
            Set<String> tags = new TreeSet<>();
            for (int t = 0; t < given.length; t++) {
                if (given[t]) {
                    tags.add(names.get(t));
                }
            }
            out.add(tags);
        }
        return out;
    }

    record Calibrated(TaggerWeights weights, TaggerCalibration.Cut cut, TaggerCalibration.Cut keywordCut) { }

    /** The cut-off with the best micro F1 on the rows' pairs of the {@code judged} tags. */
    TaggerCalibration.Cut cut(Prepared set, List<Integer> rows, Set<String> judged, double[][] scores) {
        List<Double> s = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int r : rows) {
            for (int t = 0; t < names.size(); t++) {
                if (judged.contains(names.get(t))) {
                    s.add(scores[r][t]);
                    y.add(set.papers.get(r).truth().contains(names.get(t)));
                }
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        return TaggerCalibration.bestCut(s.stream().mapToDouble(Double::doubleValue).toArray(), labels);
    }

    private Set<String> judged(Prepared set, List<Integer> rows) {
        Set<String> judged = new TreeSet<>();
        rows.forEach(r -> judged.addAll(set.papers.get(r).truth()));
        return judged;
    }

    private List<float[]> embed(String what, List<Labelled> papers) {
        List<float[]> out = new ArrayList<>(papers.size());
        long start = System.nanoTime();
        for (int i = 0; i < papers.size(); i += 128) {
            List<String> texts = papers.subList(i, Math.min(papers.size(), i + 128)).stream().map(l -> l.paper().text()).toList();
            out.addAll(embedder.embedAll(texts));
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.printf(java.util.Locale.ROOT, "embedding %s: %d/%d papers (%.0f/s)%n", what, out.size(), papers.size(), out.size() / seconds);
        }
        return out;
    }
}
