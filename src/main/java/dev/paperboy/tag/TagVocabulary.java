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
    }

    private final List<Tag> ordered;

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
     * and {@code lm}): a keyword typed exactly first, then shared prefix, containment (of the name), edit distance.
     */
    public List<String> suggest(String userText, int limit) {
        String wanted = canonical(userText);
        Map<String, Integer> closest = new LinkedHashMap<>();
        for (Tag tag : ordered) {
            int best = close(wanted, tag.name()) ? distance(wanted, tag.name()) : Integer.MAX_VALUE;
            for (String keyword : tag.keywords()) {
                String k = canonical(keyword);
                if (k.equals(wanted)) {
                    best = -1;
                } else if (k.length() >= 4 && wanted.length() >= 4 && levenshtein(wanted, k) <= Math.max(1, wanted.length() / 8)) {
                    // A slip in a keyword several letters long ("reinforcment-learning"): nearly as good as typing it.
                    best = Math.min(best, 0);
                }
            }
            if (best != Integer.MAX_VALUE) {
                closest.put(tag.name(), best);
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
