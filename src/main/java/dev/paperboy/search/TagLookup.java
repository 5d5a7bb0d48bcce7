package dev.paperboy.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What search needs to know of tags: each paper's effective tags (to index them for {@code tag:}), and the
 * vocabulary (to accept a tag a user typed, or suggest the closest ones). Wired from the tag package, which
 * search does not import.
 */
public interface TagLookup {

    /** Tag names of each paper, most confident first; papers without tags may be absent. */
    Map<String, List<String>> tagsOf(Collection<String> paperIds);

    /** The canonical name of the tag a user means by {@code #RL}, {@code rl} …, if the vocabulary has it. */
    Optional<String> known(String userText);

    /** Up to {@code limit} tag names closest to what the user typed. */
    List<String> closest(String userText, int limit);
}
