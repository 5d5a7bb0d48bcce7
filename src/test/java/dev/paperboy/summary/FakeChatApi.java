package dev.paperboy.summary;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A local stand-in for an OpenAI-compatible API on 127.0.0.1: answers queued replies and records requests. */
public final class FakeChatApi implements AutoCloseable {

    record Reply(int status, String body, long delayMillis) {
    }

    public record Request(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeChatApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            Reply reply = replies.poll();
            if (reply == null) {
                reply = new Reply(500, "{\"error\":\"no reply queued\"}", 0);
            }
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try (OutputStream out = exchange.getResponseBody()) {
                exchange.sendResponseHeaders(reply.status(), bytes.length);
                out.write(bytes);
            } catch (IOException e) {
                // The client gave up (timeout): nothing to answer.
            }
        });
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public FakeChatApi reply(int status, String body) {
        replies.add(new Reply(status, body, 0));
        return this;
    }

    FakeChatApi slowReply(long delayMillis, String body) {
        replies.add(new Reply(200, body, delayMillis));
        return this;
    }

    /** The shape of an OpenAI chat completion with one choice. */
    public static String completion(String content) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"test-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(content)
                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":20,\"total_tokens\":70}}";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
