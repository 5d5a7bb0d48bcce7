package dev.paperboy.eval;

import dev.paperboy.tag.Tag;
import dev.paperboy.tag.TagVocabulary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns authors' free-text keywords into tags by the tag definitions alone: a keyword names a tag when, written
 * the same way, it equals the tag's name or one of its keywords. "The same way" is lower case, dashes and
 * underscores as spaces, punctuation dropped, and a plural {@code s} dropped from each word. Nothing here looks
 * at the evaluation data; a keyword that only contains a tag's phrase ("multi-agent reinforcement learning")
 * maps to nothing, because containment also maps "image manipulation" to robotics.
 */
final class TaggingTruth {

    private final Map<String, Set<String>> tagsByPhrase = new LinkedHashMap<>();

    TaggingTruth(TagVocabulary vocabulary) {
        for (Tag tag : vocabulary.all()) {
            tagsByPhrase.computeIfAbsent(normalize(tag.name()), k -> new TreeSet<>()).add(tag.name());
            for (String keyword : tag.keywords()) {
                tagsByPhrase.computeIfAbsent(normalize(keyword), k -> new TreeSet<>()).add(tag.name());
            }
        }
    }

    /** The tags the keywords name; empty when none does. */
    Set<String> tags(Collection<String> keywords) {
        Set<String> out = new TreeSet<>();
        for (String keyword : keywords) {
            out.addAll(tagsByPhrase.getOrDefault(normalize(keyword), Set.of()));
        }
        return out;
    }

    static String normalize(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").replaceAll("[^\\p{L}\\p{N} ]", "").strip();
        return java.util.Arrays.stream(s.split(" "))
                .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.joining(" "));
    }
}
