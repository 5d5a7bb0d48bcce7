package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.List;

/** Assigns tags of a vocabulary to a paper from its title, abstract and categories. */
public interface Tagger {

    /** The tags that apply, most confident first; empty when none does. */
    List<TagScore> tag(Paper paper);

    /** The tags of each paper, in order; a tagger that embeds overrides this to embed the batch at once. */
    default List<List<TagScore>> tagAll(List<Paper> papers) {
        return papers.stream().map(this::tag).toList();
    }

    /**
     * Papers about to be tagged: a tagger that embeds does it now, so that {@link #tagAll} later finds the
     * vectors ready. Called ahead of time on another thread (see {@code IngestListener.prepare}).
     */
    default void prepare(List<Paper> papers) {
    }

    /** A curator changed some paper's tags: a tagger that learns from them rereads them before tagging again. */
    default void examplesChanged() {
    }
}
