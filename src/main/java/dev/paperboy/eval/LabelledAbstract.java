package dev.paperboy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An abstract with character spans labelled by people ({@code problem}, {@code task}, {@code idea},
 * {@code result}). Read from JSON lines ({@code .gz} too): {@code {"id", "abstract", "spans": [{"start", "end",
 * "label"}]}}. Spans that do not lie inside the abstract are dropped and counted, not guessed at.
 */
public record LabelledAbstract(String id, String text, List<Span> spans) {

    public record Span(int start, int end, String label) {
        public int length() {
            return end - start;
        }
    }

    /** What a file held: the abstracts, and how many spans were dropped as out of range. */
    public record Data(List<LabelledAbstract> abstracts, int droppedSpans) {
    }

    public LabelledAbstract {
        spans = List.copyOf(spans);
    }

    public List<Span> spans(String label) {
        return spans.stream().filter(s -> s.label().equals(label)).toList();
    }

    public static Data read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<LabelledAbstract> out = new ArrayList<>();
        int dropped = 0;
        int lineNo = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + " line " + lineNo + " is not JSON: " + e.getMessage());
                }
                String text = node.path("abstract").asText("");
                List<Span> spans = new ArrayList<>();
                for (JsonNode s : node.path("spans")) {
                    int start = s.path("start").asInt(-1);
                    int end = s.path("end").asInt(-1);
                    if (start < 0 || end <= start || end > text.length()) {
                        dropped++;
                        continue;
                    }
                    spans.add(new Span(start, end, s.path("label").asText("")));
                }
                out.add(new LabelledAbstract(node.path("id").asText("line " + lineNo), text, spans));
            }
        }
        return new Data(out, dropped);
    }
}
