package dev.paperboy.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's own server, in the way of Bolt's servlet adapter: the raw request becomes a Bolt
 * {@link Request} and {@link App#run} answers it, signature and timestamp checks included (a bad one is a 401).
 * {@code GET /healthz} answers 200 for a load balancer. No servlet container: Bolt's Jetty adapter is on an
 * end-of-life Jetty, and Slack sends a handful of small POSTs.
 */
final class BoltHttpServer implements AutoCloseable {

    /** Slack's payloads are a few kilobytes; anything far larger is not from Slack. */
    static final int MAX_BODY = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(BoltHttpServer.class);

    private final App app;
    private final SlackRequestParser parser;
    private final HttpServer server;
    private final ExecutorService workers;

    BoltHttpServer(App app, int port, String path) throws IOException {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext(path, this::handle);
        server.createContext("/healthz", exchange -> write(exchange, 200, "text/plain; charset=utf-8", "ok", Map.of()));
    }

    BoltHttpServer start() {
        server.start();
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                write(exchange, 405, "text/plain; charset=utf-8", "Slack sends POST requests here.", Map.of());
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                write(exchange, 413, "text/plain; charset=utf-8", "Request too large.", Map.of());
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(query == null ? Map.of() : QueryStringParser.toMap(query))
                    .headers(new RequestHeaders(exchange.getRequestHeaders()))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            Response response = app.run(request);
            write(exchange, response.getStatusCode(), response.getContentType(), response.getBody(), response.getHeaders());
        } catch (Exception e) {
            log.error("slack http request failed path={}", exchange.getRequestURI().getPath(), e);
            if (exchange.getResponseCode() == -1) {
                write(exchange, 500, "text/plain; charset=utf-8", "Internal error.", Map.of());
            }
        } finally {
            exchange.close();
        }
    }

    private static void write(HttpExchange exchange, int status, String contentType, String body, Map<String, List<String>> headers)
            throws IOException {
        headers.forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
