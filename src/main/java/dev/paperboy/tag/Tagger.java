package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.List;

/** Assigns tags of a vocabulary to a paper from its title, abstract and categories. */
public interface Tagger {

    /** The tags that apply, most confident first; empty when none does. */
    List<TagScore> tag(Paper paper);
}
