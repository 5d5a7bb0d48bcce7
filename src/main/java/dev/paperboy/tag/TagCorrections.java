package dev.paperboy.tag;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A curator's edit of one paper's tags. The edit applies to the tags the paper shows now (the machine's, or a
 * curator's earlier ones) and the result becomes the paper's curator tags: shown instead of the machine's,
 * kept through any re-tagging, and examples the tagger learns each tag from.
 */
public final class TagCorrections {

    private final TagStore store;
    private final Tagger tagger;

    public TagCorrections(TagStore store, Tagger tagger) {
        this.store = store;
        this.tagger = tagger;
    }

    /** The tags a paper shows now, most confident first. */
    public List<TagScore> current(String paperId) {
        return store.effectiveTags(List.of(paperId)).getOrDefault(paperId, List.of());
    }

    /**
     * What the paper's tags would be after adding and removing these (vocabulary names), without changing
     * anything.
     */
    public Set<String> preview(String paperId, Collection<String> add, Collection<String> remove) {
        Set<String> next = new LinkedHashSet<>();
        current(paperId).forEach(t -> next.add(t.tag()));
        next.addAll(add);
        next.removeAll(remove);
        return next;
    }

    /** Applies the edit and returns the paper's tags; an edit that would leave none is refused by the caller. */
    public Set<String> correct(String paperId, Collection<String> add, Collection<String> remove) {
        Set<String> next = preview(paperId, add, remove);
        if (next.isEmpty()) {
            throw new IllegalArgumentException("a corrected paper keeps at least one tag");
        }
        store.setHumanTags(paperId, next);
        tagger.examplesChanged();
        return next;
    }

    /** Forgets the curators' tags of a paper, so it shows the machine's again. */
    public void reset(String paperId) {
        store.setHumanTags(paperId, List.of());
        tagger.examplesChanged();
    }
}
