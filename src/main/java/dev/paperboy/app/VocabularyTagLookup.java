package dev.paperboy.app;

import dev.paperboy.search.TagLookup;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Search's view of tags, from the tag store and the vocabulary (search does not import the tag package). */
final class VocabularyTagLookup implements TagLookup {

    private final TagStore store;
    private final TagVocabulary vocabulary;

    VocabularyTagLookup(TagStore store, TagVocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
    }

    @Override
    public Map<String, List<String>> tagsOf(Collection<String> paperIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        store.effectiveTags(paperIds).forEach((id, tags) -> out.put(id, tags.stream().map(TagScore::tag).toList()));
        return out;
    }

    @Override
    public Optional<String> known(String userText) {
        return vocabulary.find(userText).map(tag -> tag.name());
    }

    @Override
    public List<String> closest(String userText, int limit) {
        return vocabulary.suggest(userText, limit);
    }
}
