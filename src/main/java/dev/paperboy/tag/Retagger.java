package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Every stored paper tagged again with the current vocabulary and tagger ({@code paperboy tag --retag}). The
 * machine's tags are replaced; a curator's are never touched, and those naming a tag the vocabulary no longer has
 * are reported so a renamed tag can be carried over by hand.
 */
public final class Retagger {

    /** Papers tagged at once. */
    public static final int CHUNK = 256;

    /**
     * What a re-tagging did: {@code orphans} are curators' tags the vocabulary no longer has, with how many papers
     * carry each.
     */
    public record Report(int papers, int tagged, int assigned, int curatedPapers, Map<String, Integer> orphans) {
    }

    private final PaperStore papers;
    private final Tagger tagger;
    private final TagStore tags;
    private final TagVocabulary vocabulary;

    public Retagger(PaperStore papers, Tagger tagger, TagStore tags, TagVocabulary vocabulary) {
        this.papers = papers;
        this.tagger = tagger;
        this.tags = tags;
        this.vocabulary = vocabulary;
    }

    /** Re-tags every paper; {@code progress} hears (done, of) after each chunk. */
    public Report retagAll(BiConsumer<Integer, Integer> progress) {
        List<String> ids = papers.ids();
        int tagged = 0;
        int assigned = 0;
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Paper> chunk = papers.findAll(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
            List<List<TagScore>> scores = tagger.tagAll(chunk);
            for (int j = 0; j < chunk.size(); j++) {
                tags.replaceMachineTags(chunk.get(j).id(), scores.get(j));
                assigned += scores.get(j).size();
                tagged += scores.get(j).isEmpty() ? 0 : 1;
            }
            progress.accept(Math.min(ids.size(), i + CHUNK), ids.size());
        }
        Map<String, List<String>> human = tags.humanTagged();
        Set<String> curated = human.values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Integer> orphans = new TreeMap<>();
        human.forEach((tag, carriers) -> {
            if (vocabulary.find(tag).isEmpty()) {
                orphans.put(tag, carriers.size());
            }
        });
        return new Report(ids.size(), tagged, assigned, curated.size(), orphans);
    }
}
