package dev.paperboy.tag;

/** A tag on a paper, how sure the tagger is (0..1), and who gave it: {@code machine} or {@code human}. */
public record TagScore(String tag, double confidence, String origin) {

    public static final String MACHINE = "machine";
    public static final String HUMAN = "human";

    public static TagScore human(String tag) {
        return new TagScore(tag, 1.0, HUMAN);
    }
}
