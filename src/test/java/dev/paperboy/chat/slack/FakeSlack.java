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
 * call of a method (429 with Retry-After, {@code not_in_channel}, …), or to store a post and then fail to say so
 * (a 5xx, or an answer later than the client waits). Posted messages are kept per channel with their metadata,
 * and {@code conversations.history} / {@code conversations.replies} read them back, newest first, as Slack does.
 */
final class FakeSlack implements AutoCloseable {

    static final String BOT_TOKEN = "xoxb-valid-test-token";
    static final String APP_TOKEN = "xapp-valid-test-token";
    static final String TEAM = "T0PAPERS";
    static final String BOT_USER = "UPAPERBOY";

    /**
     * One call as the fake saw it: form parameters, or the JSON body of a response_url post; {@code ts} is the
     * id the fake gave a posted message; {@code status} the HTTP status it answered, {@code at} when it arrived
     * ({@link System#nanoTime}).
     */
    record Call(String path, Map<String, String> params, JsonNode json, String ts, int status, long at) {
        String param(String name) {
            return params.get(name);
        }

        /** Refused for a passing reason (429, 5xx): a call the client may try again. */
        boolean refusedForNow() {
            return status == 429 || status >= 500;
        }
    }

    private record Canned(int status, Map<String, String> headers, String body, boolean store, Duration delay) {
        Canned(int status, Map<String, String> headers, String body) {
            this(status, headers, body, false, Duration.ZERO);
        }
    }

    /** A message as the fake keeps it: its channel, ts, thread and metadata (JSON, or null). */
    record Stored(String channel, String ts, String threadTs, String metadata, String blocks) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Canned USUAL = new Canned(0, Map.of(), "");

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Canned>> scripted = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final List<Stored> stored = new CopyOnWriteArrayList<>();
    /** Decides the fate of each chat.postMessage not otherwise scripted; null: all succeed. */
    volatile java.util.function.Supplier<Fault> faults;

    /** What the fake does to a post. */
    enum Fault {
        NONE, HTTP_500, RATE_LIMITED, STORED_THEN_TIMEOUT, STORED_THEN_500
    }

    private final Map<Fault, AtomicLong> injected = new ConcurrentHashMap<>();
    /** How late a stored-then-timeout answer comes: longer than the client waits. */
    volatile Duration lateAnswer = Duration.ofSeconds(3);
    volatile String socketModeUrl = "ws://127.0.0.1:1/";
    /** What Slack refused as beyond Block Kit's limits. */
    final List<String> refusals = new CopyOnWriteArrayList<>();

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        // Late answers hold their thread: the others must go on meanwhile.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        }));
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

    /** The call of {@code method} after {@code ok} usual ones is done (a post is stored), then answered with this status and body. */
    void storeThenFail(String method, int ok, int status, String body) {
        script(method, ok, new Canned(status, Map.of(), body, true, Duration.ZERO));
    }

    /** The call of {@code method} after {@code ok} usual ones is done, and answered only after {@link #lateAnswer}. */
    void storeThenAnswerLate(String method, int ok) {
        script(method, ok, new Canned(0, Map.of(), "", true, lateAnswer));
    }

    private void script(String method, int ok, Canned canned) {
        Deque<Canned> queue = scripted.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < ok; i++) {
            queue.add(USUAL);
        }
        queue.add(canned);
    }

    private final Map<String, java.util.function.Consumer<Map<String, String>>> hooks = new ConcurrentHashMap<>();

    /** Runs {@code hook} with a call's parameters when {@code method} is called, before the call is answered. */
    void whenCalled(String method, java.util.function.Consumer<Map<String, String>> hook) {
        hooks.put(method, hook);
    }

    /** The ts the next posted message gets. */
    String nextTs() {
        return String.format("1751360400.%06d", messages.get() + 1);
    }

    /** Every message posted, in order. */
    List<Stored> stored() {
        return List.copyOf(stored);
    }

    long injected(Fault fault) {
        return injected.getOrDefault(fault, new AtomicLong()).get();
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
        long at = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean json = type != null && type.startsWith("application/json");
        Map<String, String> params = json ? Map.of() : form(body);
        JsonNode tree = json ? JSON.readTree(body) : null;
        if (path.startsWith("/upload/")) {
            // files.uploadV2's second step: the file's bytes, posted to the URL files.getUploadURLExternal gave.
            calls.add(new Call(path, Map.of("body", body), null, null, 200, at));
            write(exchange, new Canned(200, Map.of(), "OK - " + body.length()));
            return;
        }
        if (path.startsWith("/commands/")) {
            calls.add(new Call(path, params, tree, null, 200, at));
            write(exchange, new Canned(200, Map.of(), "ok"));
            return;
        }
        String method = path.substring("/api/".length());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String token = auth == null ? params.getOrDefault("token", "") : auth.replaceFirst("^Bearer ", "");
        var hook = hooks.get(method);
        if (hook != null) {
            hook.accept(params);
        }
        Deque<Canned> next = scripted.get(method);
        Canned canned = next == null ? null : next.poll();
        if (canned == null && "chat.postMessage".equals(method) && faults != null) {
            canned = fault(faults.get());
        }
        boolean valid = token.equals(BOT_TOKEN) || token.equals(APP_TOKEN);
        if (canned != null && canned.store() && valid) {
            Duration delay = canned.delay();
            Canned done = answer(method, params);
            canned = canned.status() == 0 ? done : canned;
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (canned == null || canned == USUAL) {
            canned = valid ? answer(method, params) : new Canned(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}");
        }
        JsonNode answer = canned.body().startsWith("{") ? JSON.readTree(canned.body()) : null;
        calls.add(new Call(path, params, tree, answer == null ? null : answer.path("ts").asText(null), canned.status() == 0 ? 200 : canned.status(), at));
        write(exchange, canned);
    }

    private Canned fault(Fault fault) {
        if (fault == null || fault == Fault.NONE) {
            return null;
        }
        injected.computeIfAbsent(fault, f -> new AtomicLong()).incrementAndGet();
        return switch (fault) {
            case HTTP_500 -> new Canned(500, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}");
            case RATE_LIMITED -> new Canned(429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}");
            case STORED_THEN_TIMEOUT -> new Canned(0, Map.of(), "", true, lateAnswer);
            case STORED_THEN_500 -> new Canned(500, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}", true, Duration.ZERO);
            case NONE -> null;
        };
    }

    private Canned answer(String method, Map<String, String> params) throws IOException {
        if (method.equals("chat.postMessage")) {
            List<String> wrong = BlockKitLimits.check(params.get("text"), params.containsKey("blocks") ? JSON.readTree(params.get("blocks")) : null);
            if (!wrong.isEmpty()) {
                refusals.addAll(wrong);
                return new Canned(200, Map.of(), JSON.createObjectNode().put("ok", false).put("error", "invalid_blocks")
                        .set("errors", JSON.valueToTree(wrong)).toString());
            }
            String ts = String.format("1751360400.%06d", messages.incrementAndGet());
            stored.add(new Stored(params.get("channel"), ts, params.get("thread_ts"), params.get("metadata"), params.get("blocks")));
            return new Canned(200, Map.of(), "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + ts + "\"}");
        }
        if (method.equals("conversations.history") || method.equals("conversations.replies")) {
            return new Canned(200, Map.of(), history(method.equals("conversations.replies"), params));
        }
        String body = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://papers.example/\",\"team\":\"Papers\",\"user\":\"paperboy\",\"team_id\":\""
                    + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"BPAPERBOY\"}";
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

    /** The channel's top-level messages (or one thread: its parent and replies), newest first, metadata included. */
    private String history(boolean replies, Map<String, String> params) {
        String channel = params.get("channel");
        String thread = params.get("ts");
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        List<Stored> mine = stored.stream().filter(m -> m.channel().equals(channel))
                .filter(m -> replies ? m.ts().equals(thread) || thread.equals(m.threadTs()) : m.threadTs() == null)
                .toList();
        var out = JSON.createObjectNode().put("ok", true);
        var list = out.putArray("messages");
        for (int i = mine.size() - 1; i >= 0 && list.size() < limit; i--) {
            Stored m = mine.get(i);
            var node = list.addObject().put("type", "message").put("user", BOT_USER).put("ts", m.ts());
            if (m.threadTs() != null) {
                node.put("thread_ts", m.threadTs());
            }
            if (m.metadata() != null && Set.of("1", "true").contains(params.get("include_all_metadata"))) {
                try {
                    node.set("metadata", JSON.readTree(m.metadata()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return out.toString();
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
