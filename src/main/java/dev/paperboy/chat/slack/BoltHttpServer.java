package dev.paperboy.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on a plain server socket, in the way of Bolt's servlet adapter: the raw request becomes a Bolt
 * {@link Request} and {@link App#run} answers it, signature and timestamp checks included (a bad one is a 401).
 * {@code GET /healthz} answers 200 for a load balancer. Every request is bounded: its head and body must arrive
 * within {@link #READ_TIME} (else 408) and the body may hold at most {@link #MAX_BODY} bytes (else 413, said before
 * reading it), so slow or huge clients hold a thread for seconds, never forever. One request per connection: Slack
 * sends a handful of small POSTs. (The JDK's HttpServer offers no read deadline, and Bolt's Jetty adapter is on an
 * end-of-life Jetty.)
 */
final class BoltHttpServer implements AutoCloseable {

    /** Slack's payloads are a few kilobytes; anything far larger is not from Slack. */
    static final int MAX_BODY = 1 << 20;
    /** Slack gives up on a request after three seconds; a client that takes longer to send one is not Slack. */
    static final Duration READ_TIME = Duration.ofSeconds(5);
    private static final int THREADS = 16;
    private static final Logger log = LoggerFactory.getLogger(BoltHttpServer.class);

    private final App app;
    private final SlackRequestParser parser;
    private final String path;
    private final Duration readTime;
    private final ServerSocket server;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private volatile boolean closed;

    BoltHttpServer(App app, int port, String path) throws IOException {
        this(app, port, path, READ_TIME);
    }

    BoltHttpServer(App app, int port, String path, Duration readTime) throws IOException {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.path = path;
        this.readTime = readTime;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(port), 64);
        AtomicInteger n = new AtomicInteger();
        // No queue: a connection no thread can take is refused with 503 at once rather than left waiting.
        this.workers = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "slack-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
        this.acceptor = new Thread(this::accept, "slack-http-accept");
        acceptor.setDaemon(true);
    }

    BoltHttpServer start() {
        acceptor.start();
        return this;
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    log.warn("slack http accept failed: {}", e.getMessage());
                }
                continue;
            }
            try {
                workers.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                try (socket) {
                    PlainHttp.write(socket.getOutputStream(), 503, "text/plain; charset=utf-8", "Busy; try again.", Map.of());
                } catch (IOException ignored) {
                    // The client is gone.
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            long deadline = System.nanoTime() + readTime.toNanos();
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            PlainHttp.Head head;
            byte[] body;
            try {
                head = PlainHttp.Head.read(in, socket, deadline, MAX_BODY);
                if (head == null) {
                    PlainHttp.write(out, 400, "text/plain; charset=utf-8", "Bad request.", Map.of());
                    return;
                }
                if (head.contentLength() > MAX_BODY) {
                    PlainHttp.write(out, 413, "text/plain; charset=utf-8", "Request too large.", Map.of());
                    return;
                }
                body = PlainHttp.readBody(in, socket, head.contentLength(), deadline);
            } catch (SocketTimeoutException e) {
                PlainHttp.write(out, 408, "text/plain; charset=utf-8", "Request took too long to send.", Map.of());
                return;
            }
            answer(head, body, out, socket);
        } catch (IOException e) {
            log.debug("slack http connection ended: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("slack http request failed", e);
        }
    }

    private void answer(PlainHttp.Head head, byte[] body, OutputStream out, Socket socket) throws IOException {
        URI uri;
        try {
            uri = URI.create(head.target());
        } catch (IllegalArgumentException e) {
            PlainHttp.write(out, 400, "text/plain; charset=utf-8", "Bad request.", Map.of());
            return;
        }
        if (uri.getPath().equals("/healthz") && head.method().equals("GET")) {
            PlainHttp.write(out, 200, "text/plain; charset=utf-8", "ok", Map.of());
            return;
        }
        if (!uri.getPath().equals(path)) {
            PlainHttp.write(out, 404, "text/plain; charset=utf-8", "Not found.", Map.of());
            return;
        }
        if (!head.method().equals("POST")) {
            PlainHttp.write(out, 405, "text/plain; charset=utf-8", "Slack sends POST requests here.", Map.of());
            return;
        }
        try {
            String query = uri.getRawQuery();
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(uri.getPath())
                    .queryString(query == null ? Map.of() : QueryStringParser.toMap(query))
                    .headers(new RequestHeaders(head.headers()))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(socket.getInetAddress().getHostAddress())
                    .build());
            Response response = app.run(request);
            PlainHttp.write(out, response.getStatusCode(), response.getContentType(), response.getBody(), response.getHeaders());
        } catch (Exception e) {
            log.error("slack http request failed path={}", uri.getPath(), e);
            PlainHttp.write(out, 500, "text/plain; charset=utf-8", "Internal error.", Map.of());
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            log.debug("slack http server close: {}", e.getMessage());
        }
        workers.shutdownNow();
    }
}
