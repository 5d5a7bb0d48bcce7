package dev.paperboy.tag;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default tagger: keyword evidence and embedding similarity weighed by a calibrated logistic model (see
 * {@link HybridScorer}). Papers are embedded through the {@link EmbeddingService}, so a paper tagged on ingest
 * is embedded once for tagging, search and ranking alike. The tags' own texts are embedded once and kept in the
 * store apart from paper vectors (and in memory for the process). Papers a curator tagged (and a tag's {@code examples}) pull its prototype; after a correction the
 * model is rebuilt before the next paper is tagged.
 */
public final class HybridTagger implements Tagger {

    private static final Logger log = LoggerFactory.getLogger(HybridTagger.class);

    private final TagVocabulary vocabulary;
    private final TagVocabulary reference;
    private final KeywordEvidence evidence;
    private final EmbeddingService embeddings;
    private final Supplier<Map<String, List<String>>> curated;
    private final Function<Collection<String>, List<Paper>> papers;
    private final TaggerWeights weights;
    private final double threshold;
    /** Tag texts by model and text, for the whole process: every tagger built on a vocabulary shares them. */
    private static final Map<String, float[]> TAG_TEXTS = new ConcurrentHashMap<>();
    private volatile HybridScorer scorer;

    /**
     * @param reference the tags similarities are read against (the built-in vocabulary); see {@link TagPrototypes}
     * @param curated   paper ids a curator gave each tag, read whenever the model is (re)built
     * @param threshold the least probability that assigns a tag
     */
    public HybridTagger(TagVocabulary vocabulary, TagVocabulary reference, EmbeddingService embeddings,
                        Supplier<Map<String, List<String>>> curated, TaggerWeights weights, double threshold) {
        this(vocabulary, reference, embeddings, curated, ids -> List.of(), weights, threshold);
    }

    /**
     * @param papers the stored papers of some ids: with it, the papers curators tagged also teach each tag's words
     *               and calibration ({@link TagLearning}); without it (an empty answer) they only pull prototypes
     */
    public HybridTagger(TagVocabulary vocabulary, TagVocabulary reference, EmbeddingService embeddings,
                        Supplier<Map<String, List<String>>> curated, Function<Collection<String>, List<Paper>> papers,
                        TaggerWeights weights, double threshold) {
        this.vocabulary = vocabulary;
        this.papers = papers;
        this.reference = reference;
        this.evidence = new KeywordEvidence(vocabulary);
        this.embeddings = embeddings;
        this.curated = curated;
        this.weights = weights;
        this.threshold = threshold;
    }

    @Override
    public List<TagScore> tag(Paper paper) {
        return tagAll(List.of(paper)).get(0);
    }

    @Override
    public void prepare(List<Paper> papers) {
        vectors(papers);
    }

    @Override
    public List<List<TagScore>> tagAll(List<Paper> papers) {
        if (papers.isEmpty()) {
            return List.of();
        }
        Map<String, float[]> vectors = vectors(papers);
        HybridScorer current = scorer();
        List<List<TagScore>> out = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            out.add(current.score(paper, vectors.get(paper.id())));
        }
        return out;
    }

    /** Through the embedding service, so each paper is embedded once for tagging, search and ranking. */
    private Map<String, float[]> vectors(List<Paper> papers) {
        Map<String, String> texts = new LinkedHashMap<>();
        papers.forEach(p -> texts.put(p.id(), p.text()));
        return texts.isEmpty() ? Map.of() : embeddings.vectors(texts);
    }

    @Override
    public void examplesChanged() {
        scorer = null;
    }

    private HybridScorer scorer() {
        HybridScorer current = scorer;
        if (current == null) {
            synchronized (this) {
                if (scorer == null) {
                    Map<String, Set<String>> tagsByPaper = new LinkedHashMap<>();
                    curated.get().forEach((tag, ids) -> {
                        if (vocabulary.find(tag).isPresent()) {
                            ids.forEach(id -> tagsByPaper.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(tag));
                        }
                    });
                    HybridScorer base = new HybridScorer(evidence, prototypes(), weights, threshold);
                    scorer = base.with(learned(base, tagsByPaper));
                }
                current = scorer;
            }
        }
        return current;
    }

    /** What the papers curators tagged teach, each as a whole set of tags. */
    private LearnedTags learned(HybridScorer base, Map<String, Set<String>> tagsByPaper) {
        if (tagsByPaper.isEmpty()) {
            return LearnedTags.NONE;
        }
        long start = System.nanoTime();
        Map<String, float[]> vectors = embeddings.known(tagsByPaper.keySet());
        List<TagLearning.Example> examples = new ArrayList<>();
        for (Paper p : papers.apply(tagsByPaper.keySet())) {
            float[] v = vectors.get(p.id());
            if (v != null && tagsByPaper.containsKey(p.id())) {
                examples.add(new TagLearning.Example(p, v, tagsByPaper.get(p.id())));
            }
        }
        LearnedTags learned = TagLearning.learn(base, vocabulary.all().stream().map(Tag::name).toList(), examples);
        log.info("tag model learned from curators papers={} tags_calibrated={} ms={}", examples.size(), learned.calibratedTags(),
                (System.nanoTime() - start) / 1_000_000);
        return learned;
    }

    private TagPrototypes prototypes() {
        String model = embeddings.embedder().model() + "\n";
        Map<String, String> missing = new LinkedHashMap<>();
        for (String text : TagPrototypes.texts(vocabulary, reference)) {
            if (!TAG_TEXTS.containsKey(model + text)) {
                missing.put(textId(text), text);
            }
        }
        if (!missing.isEmpty()) {
            long start = System.nanoTime();
            embeddings.others(missing, "tag-text").forEach((id, vector) -> TAG_TEXTS.put(model + missing.get(id), vector));
            log.info("tag texts loaded count={} ms={}", missing.size(), (System.nanoTime() - start) / 1_000_000);
        }
        Map<String, Set<String>> exampleIds = exampleIds();
        Set<String> all = new LinkedHashSet<>();
        exampleIds.values().forEach(all::addAll);
        Map<String, float[]> known = all.isEmpty() ? Map.of() : embeddings.known(all);
        Map<String, List<float[]>> examples = new LinkedHashMap<>();
        exampleIds.forEach((tag, ids) -> {
            List<float[]> found = ids.stream().map(known::get).filter(v -> v != null).toList();
            if (!found.isEmpty()) {
                examples.put(tag, found);
            }
        });
        log.info("tag model built tags={} examples={}", vocabulary.all().size(),
                examples.values().stream().mapToInt(List::size).sum());
        return TagPrototypes.build(vocabulary, reference, t -> TAG_TEXTS.get(model + t), examples);
    }

    private Map<String, Set<String>> exampleIds() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Tag tag : vocabulary.all()) {
            for (String example : tag.examples()) {
                out.computeIfAbsent(tag.name(), k -> new LinkedHashSet<>())
                        .add(PaperIds.parseArxiv(example).map(PaperIds.ArxivId::id).orElse(example.strip()));
            }
        }
        curated.get().forEach((tag, ids) -> add(out, tag, ids));
        return out;
    }

    private void add(Map<String, Set<String>> out, String tag, Collection<String> ids) {
        if (vocabulary.find(tag).isPresent()) {
            out.computeIfAbsent(tag, k -> new LinkedHashSet<>()).addAll(ids);
        }
    }

    /** Tag texts are stored under an id derived from the text, so an edited description is embedded afresh. */
    static String textId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "tagtext-" + HexFormat.of().formatHex(hash).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
