package dev.paperboy.paper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Papers as JSON objects with the console protocol's fields: {@code id title abstract authors categories
 * published upvotes}. {@code id}, {@code title} and {@code abstract} are required; an arXiv id may carry its
 * version ({@code 2506.20639v2}). {@code published} may be an ISO instant or date; the dataset fields
 * {@code listing_date}, {@code published_at} and {@code featured_on} are accepted in its place.
 */
public final class JsonPapers {

    private static final List<String> DATE_FIELDS = List.of("published", "published_at", "listing_date", "featured_on");

    private final ObjectMapper json;

    public JsonPapers(ObjectMapper json) {
        this.json = json;
    }

    ObjectMapper mapper() {
        return json;
    }

    /** One paper from a JSON object; {@code defaultPublished} when it names no date. */
    public Paper fromJson(JsonNode node, Instant defaultPublished, String source) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a paper must be a JSON object");
        }
        String rawId = text(node, "id");
        String title = text(node, "title");
        String abstractText = text(node, "abstract");
        List<String> missing = new ArrayList<>();
        if (rawId.isBlank()) {
            missing.add("id");
        }
        if (title.isBlank()) {
            missing.add("title");
        }
        if (abstractText.isBlank()) {
            missing.add("abstract");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("paper is missing " + String.join(", ", missing));
        }
        String id = rawId.strip();
        int version = 0;
        Optional<PaperIds.ArxivId> arxiv = PaperIds.parseArxiv(id);
        if (arxiv.isPresent()) {
            id = arxiv.get().id();
            version = arxiv.get().version();
        }
        if (node.path("version").canConvertToInt() && node.path("version").asInt() > 0) {
            version = node.path("version").asInt();
        }
        return new Paper(id, title, abstractText, strings(node, "authors"), strings(node, "categories"),
                published(node).orElse(defaultPublished), Math.max(0, node.path("upvotes").asInt(0)), version, source);
    }

    /** The console protocol's and the JSON lines file's representation of a paper. */
    public ObjectNode toJson(Paper paper) {
        ObjectNode node = json.createObjectNode();
        node.put("id", paper.id());
        node.put("title", paper.title());
        node.put("abstract", paper.abstractText());
        paper.authors().forEach(node.putArray("authors")::add);
        paper.categories().forEach(node.putArray("categories")::add);
        node.put("published", paper.published().toString());
        node.put("upvotes", paper.upvotes());
        return node;
    }

    /** Reads JSON lines; a bad line is skipped with its number and reason, the rest are read. */
    public PaperBatch parse(List<String> lines, Instant importedAt, String source) {
        List<Paper> papers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                papers.add(fromJson(json.readTree(line), importedAt, source));
            } catch (IllegalArgumentException e) {
                skipped.add("line " + (i + 1) + ": " + e.getMessage());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                skipped.add("line " + (i + 1) + ": not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        return new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(), Optional.empty(), skipped);
    }

    private static Optional<Instant> published(JsonNode node) {
        for (String field : DATE_FIELDS) {
            String value = text(node, field).strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                if (value.length() == 10) {
                    return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
                }
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(Instant.parse(value));
                } catch (DateTimeParseException again) {
                    throw new IllegalArgumentException("'" + field + "' is not an ISO date: " + value);
                }
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText("");
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (!v.asText("").isBlank()) {
                    out.add(v.asText().strip());
                }
            });
        } else if (value != null && value.isTextual() && !value.asText().isBlank()) {
            for (String part : value.asText().split(",")) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
