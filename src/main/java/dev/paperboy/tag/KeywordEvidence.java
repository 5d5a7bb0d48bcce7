package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a paper's words say about each tag: how often the tag's name or keywords occur, as whole words (a
 * plural {@code s} and spaces or dashes between words allowed), in the title and in the abstract, and whether
 * the paper carries one of the tag's arXiv categories. Both taggers read the same evidence.
 */
public final class KeywordEvidence {

    /** A word in the title says more than one in the abstract. */
    public static final double TITLE_WEIGHT = 2.0;
    /** A matching arXiv category is a hint, worth half an abstract hit, and only when the words agree. */
    public static final double CATEGORY_WEIGHT = 0.5;

    /** One tag's evidence in one paper. */
    public record Hits(int title, int abstractText, int distinct, boolean category) {

        public static final Hits NONE = new Hits(0, 0, 0, false);

        /** The keyword tagger's score: title hits count double, a category adds half a hit when words agree. */
        public double score() {
            double evidence = TITLE_WEIGHT * title + abstractText;
            return evidence > 0 && category ? evidence + CATEGORY_WEIGHT : evidence;
        }
    }

    /**
     * A tag's phrases as one pattern over lower-cased text, and the first word of each phrase: a text that
     * contains none of those cannot match, which a plain substring search tells far faster than the pattern.
     * Most tags are absent from most papers, and this matcher ran for every tag of every ingested paper.
     */
    private record Compiled(Tag tag, Pattern words, List<String> firstWords) {

        boolean mayMatch(String lowerCaseText) {
            for (String w : firstWords) {
                if (lowerCaseText.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Compiled> tags;

    public KeywordEvidence(TagVocabulary vocabulary) {
        this.tags = vocabulary.all().stream().map(KeywordEvidence::compile).toList();
    }

    private static Compiled compile(Tag tag) {
        List<String> words = new ArrayList<>(tag.keywords());
        words.add(tag.name().replace('-', ' '));
        String alternation = words.stream()
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E[\\s-]+\\Q"))
                .collect(Collectors.joining("|"));
        List<String> firstWords = words.stream()
                .map(w -> w.strip().toLowerCase(Locale.ROOT).split("[\\s-]+")[0])
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
        return new Compiled(tag, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?:s|es)?(?![\\p{L}\\p{N}])"),
                firstWords);
    }

    /** The evidence for every tag of the vocabulary, in vocabulary order. */
    public List<Hits> of(Paper paper) {
        List<Hits> out = new ArrayList<>(tags.size());
        String title = paper.title().toLowerCase(Locale.ROOT);
        String abstractText = paper.abstractText().toLowerCase(Locale.ROOT);
        for (Compiled c : tags) {
            boolean category = paper.categories().stream().anyMatch(c.tag().categories()::contains);
            if (!category && !c.mayMatch(title) && !c.mayMatch(abstractText)) {
                out.add(Hits.NONE);
                continue;
            }
            Set<String> distinct = new HashSet<>();
            int inTitle = count(c.words(), title, distinct);
            int inAbstract = count(c.words(), abstractText, distinct);
            out.add(inTitle + inAbstract == 0 && !category ? Hits.NONE : new Hits(inTitle, inAbstract, distinct.size(), category));
        }
        return out;
    }

    public List<Tag> tags() {
        return tags.stream().map(Compiled::tag).toList();
    }

    private static int count(Pattern words, String text, Set<String> distinct) {
        Matcher matcher = words.matcher(text);
        int n = 0;
        while (matcher.find()) {
            distinct.add(matcher.group().replaceAll("[\\s-]+", " "));
            n++;
        }
        return n;
    }
}
