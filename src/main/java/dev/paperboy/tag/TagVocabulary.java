package dev.paperboy.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tags channels can subscribe to. Names are kebab-case; lookups ignore case and a leading {@code #}, and a
 * name that is not in the vocabulary gets the closest names as suggestions.
 */
public final class TagVocabulary {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, Tag> tags;

    public TagVocabulary(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            if (!KEBAB.matcher(tag.name()).matches()) {
                throw new IllegalArgumentException("tag name must be kebab-case: '" + tag.name() + "'");
            }
            if (byName.put(tag.name(), tag) != null) {
                throw new IllegalArgumentException("tag '" + tag.name() + "' is defined twice");
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("the tag vocabulary is empty");
        }
        this.tags = Map.copyOf(byName);
        this.ordered = List.copyOf(byName.values());
        this.keywords = ordered.stream().map(t -> t.keywords().stream().map(TagVocabulary::canonical).toList()).toList();
    }

    private final List<Tag> ordered;
    /** Each tag's keywords as {@link #canonical} writes them, in {@link #ordered}'s order: read on every suggestion. */
    private final List<List<String>> keywords;

    /** Reads a YAML file of the form {@code tags: [{name, description, keywords, categories, examples}]}. */
    public static TagVocabulary read(InputStream yaml, String where) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        JsonNode list = root == null ? null : root.get("tags");
        if (list == null || !list.isArray()) {
            throw new IOException(where + ": expected a top-level 'tags:' list");
        }
        List<Tag> tags = new ArrayList<>();
        for (JsonNode node : list) {
            String name = node.path("name").asText("").strip();
            if (name.isEmpty()) {
                throw new IOException(where + ": a tag has no name");
            }
            tags.add(new Tag(name, node.path("description").asText(""), strings(node.get("keywords")),
                    strings(node.get("categories")), strings(node.get("examples"))));
        }
        try {
            return new TagVocabulary(tags);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    public List<Tag> all() {
        return ordered;
    }

    /** The tag a user means by {@code Text}, {@code #text} or {@code text}, if the vocabulary has it. */
    public Optional<Tag> find(String userText) {
        return Optional.ofNullable(tags.get(canonical(userText)));
    }

    /** Lower case, without a leading {@code #}, spaces and underscores as dashes. */
    public static String canonical(String userText) {
        String s = userText.strip().toLowerCase(Locale.ROOT);
        while (s.startsWith("#")) {
            s = s.substring(1);
        }
        return s.replaceAll("[\\s_]+", "-");
    }

    /**
     * Up to {@code limit} names closest to what the user typed, read against each tag's name and its keywords (what
     * papers call the field: "reinforcement learning", "gnn" and "llm" find {@code rl}, {@code graph-neural-network}
     * and {@code lm}). First a name typed exactly, then a keyword typed exactly, then by name (shared prefix,
     * containment, edit distance) beside the start of a keyword or a slip in a long one ("reinforcment-learning"),
     * which rank as a name one letter off. Short keywords only count typed exactly: "time" is one letter from "aime".
     */
    public List<String> suggest(String userText, int limit) {
        String wanted = canonical(userText);
        Map<String, Integer> closest = new LinkedHashMap<>();
        for (int t = 0; t < ordered.size(); t++) {
            String name = ordered.get(t).name();
            int best = name.equals(wanted) ? -2 : close(wanted, name) ? distance(wanted, name) : Integer.MAX_VALUE;
            for (String k : keywords.get(t)) {
                if (k.equals(wanted)) {
                    best = Math.min(best, -1);
                } else if (wanted.length() >= 4 && k.startsWith(wanted)
                        || wanted.length() >= 7 && levenshtein(wanted, k) <= Math.max(1, wanted.length() / 8)) {
                    best = Math.min(best, 1);
                }
            }
            if (best != Integer.MAX_VALUE) {
                closest.put(name, best);
            }
        }
        return closest.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean close(String wanted, String name) {
        return distance(wanted, name) <= Math.max(3, wanted.length() / 2) || name.contains(wanted) || wanted.contains(name);
    }

    private static int distance(String wanted, String name) {
        if (name.startsWith(wanted) || wanted.startsWith(name)) {
            return Math.abs(name.length() - wanted.length()) / 4;
        }
        if (name.contains(wanted) || wanted.contains(name)) {
            return 1 + Math.abs(name.length() - wanted.length()) / 4;
        }
        return levenshtein(wanted, name);
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> out.add(v.asText().strip()));
        }
        return out;
    }
}
