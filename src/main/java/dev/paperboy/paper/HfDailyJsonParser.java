package dev.paperboy.paper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Hugging Face {@code /api/daily_papers?date=} response: a JSON array of entries, each with the arXiv
 * paper under {@code paper}. Both shapes seen so far are read: the older one (no AI fields, {@code mediaUrls})
 * and the newer one ({@code ai_summary}, {@code ai_keywords}, {@code githubRepo}, {@code organization}). An entry
 * without an arXiv id, title or abstract is skipped; JSON that breaks off keeps the entries before the break.
 */
public final class HfDailyJsonParser {

    private final ObjectMapper json;

    public HfDailyJsonParser(ObjectMapper json) {
        this.json = json;
    }

    /** @param fallback the date for an entry that names none */
    public PaperBatch parse(String text, Instant fallback, String source) {
        Map<String, Paper> papers = new LinkedHashMap<>();
        Map<String, PaperExtras> extras = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int read = 0;
        try (JsonParser parser = json.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                JsonNode object = json.readTree(parser);
                throw new IllegalArgumentException("Hugging Face answered with an object, not a list of papers: "
                        + object.path("error").asText(abbreviate(object.toString())));
            }
            if (first != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("not a JSON list of papers");
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) {
                    throw new JsonParseEndException();
                }
                JsonNode entry = json.readTree(parser);
                read++;
                try {
                    read(entry, fallback, source, papers, extras, skipped);
                } catch (IllegalArgumentException e) {
                    skipped.add(e.getMessage());
                }
            }
        } catch (JsonProcessingException | JsonParseEndException e) {
            if (read == 0 && papers.isEmpty()) {
                throw new IllegalArgumentException("not valid JSON (" + firstLine(e.getMessage()) + ")");
            }
            skipped.add("everything after entry " + read + ": the JSON breaks off there (" + firstLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the JSON: " + e.getMessage());
        }
        return new PaperBatch(PaperFormat.HF_DAILY_JSON, new ArrayList<>(papers.values()), Map.of(), Optional.empty(), skipped, extras);
    }

    private static void read(JsonNode entry, Instant fallback, String source, Map<String, Paper> papers,
            Map<String, PaperExtras> extras, List<String> skipped) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException("entry that is not a JSON object: " + abbreviate(entry.toString()));
        }
        JsonNode paper = entry.path("paper").isObject() ? entry.get("paper") : entry;
        String rawId = text(paper, "id");
        String title = ArxivAtomParser.oneLine(first(text(entry, "title"), text(paper, "title")));
        Optional<PaperIds.ArxivId> id = PaperIds.parseArxiv(rawId);
        if (id.isEmpty()) {
            skipped.add("entry '" + (rawId.isBlank() ? title : rawId) + "': no arXiv id");
            return;
        }
        String abstractText = ArxivAtomParser.oneLine(first(text(paper, "summary"), text(entry, "summary")));
        if (title.isEmpty() || abstractText.isEmpty()) {
            skipped.add("entry " + rawId + ": " + (title.isEmpty() ? "no title" : "no abstract"));
            return;
        }
        List<String> authors = new ArrayList<>();
        paper.path("authors").forEach(a -> {
            String name = first(text(a, "name"), text(a.path("user"), "fullname"));
            if (!name.isBlank()) {
                authors.add(name.strip());
            }
        });
        Instant published = date(text(paper, "publishedAt")).or(() -> date(text(entry, "publishedAt"))).orElse(fallback);
        Paper p = new Paper(id.get().id(), title, abstractText, authors, List.of(), published,
                Math.max(0, paper.path("upvotes").asInt(0)), id.get().version(), source);
        papers.merge(p.id(), p, (a, b) -> a.upvotes() >= b.upvotes() ? a : b);
        List<String> keywords = new ArrayList<>();
        paper.path("ai_keywords").forEach(k -> {
            if (!k.asText("").isBlank()) {
                keywords.add(k.asText().strip());
            }
        });
        PaperExtras found = new PaperExtras(p.id(), "", first(text(paper, "ai_summary"), text(entry, "ai_summary")), keywords,
                first(text(paper, "githubRepo"), text(entry, "githubRepo")));
        if (!found.isEmpty()) {
            extras.put(p.id(), found);
        }
    }

    private static Optional<Instant> date(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText("");
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    private static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** The document ended inside the list. */
    private static final class JsonParseEndException extends Exception {
        JsonParseEndException() {
            super("unexpected end of the document");
        }
    }
}
