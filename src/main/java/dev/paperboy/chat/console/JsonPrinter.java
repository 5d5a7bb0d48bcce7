package dev.paperboy.chat.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.channel.PaperCard;
import java.io.PrintStream;

/** Writes console JSON protocol v1's output lines: {@code message} and {@code done}. */
public final class JsonPrinter {

    private final ObjectMapper json;
    private final PrintStream out;

    public JsonPrinter(ObjectMapper json, PrintStream out) {
        this.json = json;
        this.out = out;
    }

    /** Prints a message line; called by the gateway for posts and by this class for replies. */
    public void print(ConsoleGateway.Posted posted, boolean stored) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "message");
        node.put("id", posted.id());
        if (posted.channel() == null) {
            node.putNull("channel");
        } else {
            node.put("channel", posted.channel().channel());
        }
        node.put("at", posted.at().toString());
        node.put("kind", posted.message().kind().wire());
        node.put("text", posted.message().text());
        posted.message().paper().ifPresent(card -> node.set("paper", card(card)));
        posted.message().threadOf().ifPresent(t -> node.put("thread", t));
        emit(node);
    }

    private ObjectNode card(PaperCard card) {
        ObjectNode paper = json.createObjectNode();
        paper.put("id", card.id());
        paper.put("title", card.title());
        card.tags().forEach(paper.putArray("tags")::add);
        paper.put("score", card.score());
        paper.put("summary", card.summary());
        paper.put("why", card.why());
        return paper;
    }

    void done(long seq) {
        ObjectNode done = json.createObjectNode();
        done.put("type", "done");
        done.put("seq", seq);
        emit(done);
    }

    private synchronized void emit(ObjectNode node) {
        try {
            out.println(json.writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
