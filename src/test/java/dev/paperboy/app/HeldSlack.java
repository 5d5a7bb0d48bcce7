package dev.paperboy.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Slack Web API far end for a bot in another process: {@code auth.test} accepts the token, and the first
 * {@code chat.postMessage} (a digest's header) is held until {@link #release()}, so a test can stop the bot while a
 * post is in flight. Every posted text is recorded.
 */
final class HeldSlack implements AutoCloseable {

    static final String TEAM = "T0OPS";

    private final HttpServer server;
    private final List<String> posts = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstPostArrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger ts = new AtomicInteger();

    HeldSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/", this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer = "{\"ok\":true}";
        if (method.equals("auth.test")) {
            answer = "{\"ok\":true,\"team_id\":\"" + TEAM + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
        } else if (method.equals("chat.postMessage")) {
            boolean first = posts.isEmpty();
            String text = param(body, "text");
            if (first) {
                firstPostArrived.countDown();
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            posts.add(text);
            answer = "{\"ok\":true,\"channel\":\"" + param(body, "channel") + "\",\"ts\":\"1700000000." + ts.incrementAndGet() + "\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String param(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    boolean awaitFirstPost(long seconds) throws InterruptedException {
        return firstPostArrived.await(seconds, TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }

    List<String> posts() {
        return List.copyOf(posts);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
