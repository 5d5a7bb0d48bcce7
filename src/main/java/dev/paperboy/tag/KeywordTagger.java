package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tags a paper by the vocabulary's words: the tag's name and keywords, matched as whole words, count double in
 * the title; an arXiv category the tag lists adds a little. Fast and transparent; the baseline any smarter
 * tagger is measured against.
 */
public final class KeywordTagger implements Tagger {

    private record Matcherset(Tag tag, Pattern words) {
    }

    private static final double TITLE_WEIGHT = 2.0;
    private static final double CATEGORY_WEIGHT = 0.5;

    private final List<Matcherset> matchers;
    private final double threshold;

    /**
     * @param threshold the least evidence that assigns a tag; 1.0 means one keyword in the abstract
     */
    public KeywordTagger(TagVocabulary vocabulary, double threshold) {
        this.threshold = threshold;
        this.matchers = vocabulary.all().stream().map(KeywordTagger::compile).toList();
    }

    private static Matcherset compile(Tag tag) {
        List<String> words = new ArrayList<>(tag.keywords());
        words.add(tag.name().replace('-', ' '));
        String alternation = words.stream()
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E[\\s-]+\\Q"))
                .collect(Collectors.joining("|"));
        return new Matcherset(tag, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?:s|es)?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Override
    public List<TagScore> tag(Paper paper) {
        List<TagScore> out = new ArrayList<>();
        for (Matcherset m : matchers) {
            double evidence = TITLE_WEIGHT * count(m.words(), paper.title()) + count(m.words(), paper.abstractText());
            if (evidence > 0 && paper.categories().stream().anyMatch(m.tag().categories()::contains)) {
                evidence += CATEGORY_WEIGHT;
            }
            if (evidence >= threshold) {
                // Saturating: three hits is near certain, one is a hint.
                double confidence = 1.0 - Math.exp(-evidence / 2.0);
                out.add(new TagScore(m.tag().name(), Math.round(confidence * 1000) / 1000.0, TagScore.MACHINE));
            }
        }
        out.sort(Comparator.comparingDouble(TagScore::confidence).reversed());
        return out;
    }

    private static int count(Pattern words, String text) {
        Matcher matcher = words.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
