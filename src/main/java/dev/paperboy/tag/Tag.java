package dev.paperboy.tag;

import java.util.List;

/**
 * One tag of the vocabulary: a kebab-case name, what it covers, the words that signal it, the arXiv categories
 * that hint at it and paper ids typical of it.
 */
public record Tag(String name, String description, List<String> keywords, List<String> categories, List<String> examples) {

    public Tag {
        description = description == null ? "" : description.strip();
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        categories = categories == null ? List.of() : List.copyOf(categories);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
