package dev.paperboy.tag;

import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags what ingest stored (in one batch, so an embedding tagger embeds it at once), and records a curator's
 * tags, which then become the tagger's examples. A curator tag that the vocabulary does not know is
 * logged and kept out, so a channel never subscribes to a tag nobody can choose.
 */
public final class TaggingListener implements IngestListener {

    private static final Logger log = LoggerFactory.getLogger(TaggingListener.class);

    private final Tagger tagger;
    private final TagStore store;
    private final TagVocabulary vocabulary;

    public TaggingListener(Tagger tagger, TagStore store, TagVocabulary vocabulary) {
        this.tagger = tagger;
        this.store = store;
        this.vocabulary = vocabulary;
    }

    @Override
    public void prepare(List<Paper> papers) {
        tagger.prepare(papers);
    }

    @Override
    public void ingested(List<Paper> papers, Map<String, List<String>> curatorTags) {
        List<List<TagScore>> tags = tagger.tagAll(papers);
        for (int i = 0; i < papers.size(); i++) {
            store.replaceMachineTags(papers.get(i).id(), tags.get(i));
        }
        curatorTags.forEach((paperId, names) -> {
            List<String> known = new ArrayList<>();
            for (String name : names) {
                vocabulary.find(name).ifPresentOrElse(tag -> known.add(tag.name()),
                        () -> log.warn("curator tag '{}' on {} is not in the vocabulary; ignored", name, paperId));
            }
            store.addHumanTags(paperId, known);
        });
        if (!curatorTags.isEmpty()) {
            tagger.examplesChanged();
        }
    }
}
