package dev.paperboy.chat.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.Reply;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.PaperFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Console JSON protocol v1: one JSON object per line in ({@code papers}, {@code command}, {@code reaction},
 * {@code tick}), one per line out ({@code message}, and {@code done} once each input line is handled). A bad
 * line gets an {@code error} message and the session goes on.
 */
public final class JsonConsole {

    private static final Logger log = LoggerFactory.getLogger(JsonConsole.class);

    private final ConsoleSession session;
    private final SessionClock clock;
    private final ObjectMapper json;
    private final JsonPrinter printer;

    public JsonConsole(ConsoleSession session, SessionClock clock, ObjectMapper json, JsonPrinter printer) {
        this.session = session;
        this.clock = clock;
        this.json = json;
        this.printer = printer;
    }

    /** Reads until end of input. */
    public void run(BufferedReader in) throws IOException {
        String line;
        long seq = 0;
        while ((line = in.readLine()) != null) {
            seq++;
            handleLine(line);
            printer.done(seq);
        }
    }

    void handleLine(String line) {
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            error(null, "not valid JSON: " + e.getOriginalMessage());
            return;
        }
        if (node == null || !node.isObject()) {
            error(null, "each line must be a JSON object");
            return;
        }
        ChannelRef channel = node.hasNonNull("channel") ? session.channel(node.get("channel").asText()) : null;
        try {
            if (node.hasNonNull("at")) {
                clock.advanceTo(instant(node.get("at").asText()));
            }
            String type = node.path("type").asText("");
            switch (type) {
                case "papers" -> papers(node);
                case "command" -> command(node, channel);
                case "reaction" -> reaction(node, channel);
                case "tick" -> session.tick();
                case "" -> error(channel, "the line has no \"type\"; use papers, command, reaction or tick");
                default -> error(channel, "unknown type \"" + type + "\"; use papers, command, reaction or tick");
            }
        } catch (BadLineException e) {
            error(channel, e.getMessage());
        } catch (RuntimeException e) {
            log.error("console line failed: {}", line.length() > 200 ? line.substring(0, 200) : line, e);
            error(channel, "something went wrong handling that line; the session goes on (see the log)");
        }
    }

    private void papers(JsonNode node) throws BadLineException {
        Instant now = clock.instant();
        PaperBatch batch;
        if (node.hasNonNull("file")) {
            Path file = Path.of(node.get("file").asText());
            if (!Files.isReadable(file)) {
                throw new BadLineException("cannot read papers file " + file);
            }
            try {
                batch = session.paperFiles().read(file, now);
            } catch (IOException e) {
                throw new BadLineException("cannot read papers file " + file + ": " + e.getMessage());
            }
        } else if (node.path("papers").isArray()) {
            List<Paper> papers = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            int i = 0;
            for (JsonNode paper : node.get("papers")) {
                i++;
                try {
                    papers.add(session.jsonPapers().fromJson(paper, now, "console"));
                } catch (IllegalArgumentException e) {
                    skipped.add("paper " + i + ": " + e.getMessage());
                }
            }
            batch = new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(), Optional.empty(), skipped);
        } else {
            throw new BadLineException("a papers line needs \"papers\": [...] or \"file\": \"path\"");
        }
        var result = session.ingest(batch);
        if (!result.skipped().isEmpty()) {
            error(null, "ingested " + (result.inserted() + result.updated() + result.unchanged()) + " papers; skipped "
                    + result.skipped().size() + ": " + String.join("; ", result.skipped().subList(0, Math.min(5, result.skipped().size())))
                    + (result.skipped().size() > 5 ? "; …" : ""));
        }
    }

    private void command(JsonNode node, ChannelRef channel) throws BadLineException {
        require(channel != null, "a command needs \"channel\"");
        require(node.hasNonNull("text"), "a command needs \"text\"");
        String user = node.path("user").asText("console-user");
        Reply reply = session.commands().handle(channel, new Caller(user, true, true), node.get("text").asText());
        session.gateway().reply(channel, new OutgoingMessage(reply.kind(), reply.text(), Optional.empty(), Optional.empty()));
    }

    private void reaction(JsonNode node, ChannelRef channel) throws BadLineException {
        require(channel != null, "a reaction needs \"channel\"");
        require(node.hasNonNull("user"), "a reaction needs \"user\"");
        require(node.hasNonNull("message"), "a reaction needs \"message\"");
        require(node.hasNonNull("emoji"), "a reaction needs \"emoji\"");
        session.reactions().react(channel, node.get("user").asText(), node.get("message").asText(), node.get("emoji").asText(),
                node.path("removed").asBoolean(false));
    }

    private void error(ChannelRef channel, String text) {
        session.gateway().reply(channel, new OutgoingMessage(OutgoingMessage.Kind.ERROR, text, Optional.empty(), Optional.empty()));
    }

    private static Instant instant(String text) throws BadLineException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw new BadLineException("\"at\" must be an ISO-8601 instant such as 2025-07-04T09:00:00Z, got \"" + text + "\"");
            }
        }
    }

    private static void require(boolean condition, String message) throws BadLineException {
        if (!condition) {
            throw new BadLineException(message);
        }
    }

    /** A line that cannot be handled as written; the message is the error the client sees. */
    static final class BadLineException extends Exception {
        private static final long serialVersionUID = 1L;

        BadLineException(String message) {
            super(message);
        }
    }
}
