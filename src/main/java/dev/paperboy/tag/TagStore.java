package dev.paperboy.tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where paper tags live. A paper's effective tags are its human tags when it has any, else the machine's. */
public interface TagStore {

    /** Replaces the machine's tags of a paper; its human tags are untouched. */
    void replaceMachineTags(String paperId, List<TagScore> tags);

    /** Adds a curator's tags to a paper. */
    void addHumanTags(String paperId, Collection<String> tags);

    /** Makes a curator's tags of a paper exactly these; none gives the paper back to the machine's tags. */
    void setHumanTags(String paperId, Collection<String> tags);

    /** Every paper a curator tagged, by tag: the tagger's examples. */
    Map<String, List<String>> humanTagged();

    /** The effective tags of each paper asked for (papers without tags map to an empty list). */
    Map<String, List<TagScore>> effectiveTags(Collection<String> paperIds);
}
