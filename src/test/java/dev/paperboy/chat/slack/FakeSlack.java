package dev.paperboy.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Slack's Web API and its {@code response_url}s, in the way of Bolt's {@code test_locally}
 * mock servers: it answers the methods Paperboy calls, records every call, and can be told to fail the next
 * call of a method (429 with Retry-After, {@code not_in_channel}, …).
 */
final class FakeSlack implements AutoCloseable {

    static final String BOT_TOKEN = "xoxb-valid-test-token";
    static final String APP_TOKEN = "xapp-valid-test-token";
    static final String TEAM = "T0PAPERS";
    static final String BOT_USER = "UPAPERBOY";

    /**
     * One call as the fake saw it: form parameters, or the JSON body of a response_url post; {@code ts} is the
     * id the fake gave a posted message.
     */
    record Call(String path, Map<String, String> params, JsonNode json, String ts) {
        String param(String name) {
            return params.get(name);
        }
    }

    private record Canned(int status, Map<String, String> headers, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Canned USUAL = new Canned(0, Map.of(), "");

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Canned>> scripted = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    volatile String socketModeUrl = "ws://127.0.0.1:1/";
    /** What Slack refused as beyond Block Kit's limits. */
    final List<String> refusals = new CopyOnWriteArrayList<>();

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/commands/" + id;
    }

    void admin(String userId) {
        admins.add(userId);
    }

    /** The next call of {@code method} gets this answer instead of the usual one. */
    void failNext(String method, int status, Map<String, String> headers, String body) {
        failAfter(method, 0, status, headers, body);
    }

    /** The call of {@code method} after {@code ok} usual ones gets this answer. */
    void failAfter(String method, int ok, int status, Map<String, String> headers, String body) {
        Deque<Canned> queue = scripted.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < ok; i++) {
            queue.add(USUAL);
        }
        queue.add(new Canned(status, headers, body));
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** Waits for the answers of commands, which arrive on a worker thread after the ack. */
    List<Call> await(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (calls(path).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return calls(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean json = type != null && type.startsWith("application/json");
        Map<String, String> params = json ? Map.of() : form(body);
        JsonNode tree = json ? JSON.readTree(body) : null;
        if (path.startsWith("/upload/")) {
            // files.uploadV2's second step: the file's bytes, posted to the URL files.getUploadURLExternal gave.
            calls.add(new Call(path, Map.of("body", body), null, null));
            write(exchange, new Canned(200, Map.of(), "OK - " + body.length()));
            return;
        }
        if (path.startsWith("/commands/")) {
            calls.add(new Call(path, params, tree, null));
            write(exchange, new Canned(200, Map.of(), "ok"));
            return;
        }
        String method = path.substring("/api/".length());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String token = auth == null ? params.getOrDefault("token", "") : auth.replaceFirst("^Bearer ", "");
        Deque<Canned> next = scripted.get(method);
        Canned canned = next == null ? null : next.poll();
        if (canned == null || canned == USUAL) {
            canned = token.equals(BOT_TOKEN) || token.equals(APP_TOKEN) ? answer(method, params)
                    : new Canned(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}");
        }
        JsonNode answer = canned.body().startsWith("{") ? JSON.readTree(canned.body()) : null;
        calls.add(new Call(path, params, tree, answer == null ? null : answer.path("ts").asText(null)));
        write(exchange, canned);
    }

    private Canned answer(String method, Map<String, String> params) throws IOException {
        if (method.equals("chat.postMessage")) {
            List<String> wrong = BlockKitLimits.check(params.get("text"), params.containsKey("blocks") ? JSON.readTree(params.get("blocks")) : null);
            if (!wrong.isEmpty()) {
                refusals.addAll(wrong);
                return new Canned(200, Map.of(), JSON.createObjectNode().put("ok", false).put("error", "invalid_blocks")
                        .set("errors", JSON.valueToTree(wrong)).toString());
            }
        }
        String body = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://papers.example/\",\"team\":\"Papers\",\"user\":\"paperboy\",\"team_id\":\""
                    + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"BPAPERBOY\"}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\""
                    + String.format("1751360400.%06d", messages.incrementAndGet()) + "\"}";
            case "reactions.add" -> "{\"ok\":true}";
            case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.getAddress().getPort()
                    + "/upload/F0SAVED\",\"file_id\":\"F0SAVED\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[{\"id\":\"F0SAVED\",\"title\":\"saved\"}]}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + params.get("user") + "\",\"is_admin\":"
                    + admins.contains(params.get("user")) + "}}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
        return new Canned(200, Map.of(), body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void write(HttpExchange exchange, Canned canned) throws IOException {
        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        canned.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().set("Content-Type", canned.body().startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(canned.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
