package dev.paperboy.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.ByteArrayOutputStream;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
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
    private static final int MAX_HEAD = 16 * 1024;
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
                    write(socket.getOutputStream(), 503, "text/plain; charset=utf-8", "Busy; try again.", Map.of());
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
            Head head;
            byte[] body;
            try {
                head = Head.read(in, socket, deadline);
                if (head == null) {
                    write(out, 400, "text/plain; charset=utf-8", "Bad request.", Map.of());
                    return;
                }
                if (head.contentLength() > MAX_BODY) {
                    write(out, 413, "text/plain; charset=utf-8", "Request too large.", Map.of());
                    return;
                }
                body = readBody(in, socket, head.contentLength(), deadline);
            } catch (SocketTimeoutException e) {
                write(out, 408, "text/plain; charset=utf-8", "Request took too long to send.", Map.of());
                return;
            }
            answer(head, body, out, socket);
        } catch (IOException e) {
            log.debug("slack http connection ended: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("slack http request failed", e);
        }
    }

    private void answer(Head head, byte[] body, OutputStream out, Socket socket) throws IOException {
        URI uri;
        try {
            uri = URI.create(head.target());
        } catch (IllegalArgumentException e) {
            write(out, 400, "text/plain; charset=utf-8", "Bad request.", Map.of());
            return;
        }
        if (uri.getPath().equals("/healthz") && head.method().equals("GET")) {
            write(out, 200, "text/plain; charset=utf-8", "ok", Map.of());
            return;
        }
        if (!uri.getPath().equals(path)) {
            write(out, 404, "text/plain; charset=utf-8", "Not found.", Map.of());
            return;
        }
        if (!head.method().equals("POST")) {
            write(out, 405, "text/plain; charset=utf-8", "Slack sends POST requests here.", Map.of());
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
            write(out, response.getStatusCode(), response.getContentType(), response.getBody(), response.getHeaders());
        } catch (Exception e) {
            log.error("slack http request failed path={}", uri.getPath(), e);
            write(out, 500, "text/plain; charset=utf-8", "Internal error.", Map.of());
        }
    }

    /** Reads exactly {@code length} bytes, each read bounded by what is left of the deadline. */
    private static byte[] readBody(InputStream in, Socket socket, int length, long deadline) throws IOException {
        byte[] body = new byte[length];
        int read = 0;
        while (read < length) {
            setTimeout(socket, deadline);
            int n = in.read(body, read, length - read);
            if (n < 0) {
                throw new IOException("the client closed the connection mid-body");
            }
            read += n;
        }
        return body;
    }

    private static void setTimeout(Socket socket, long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("read deadline passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    /** A request line and headers (names case-insensitive). */
    private record Head(String method, String target, Map<String, List<String>> headers, int contentLength) {

        /** Null when the request is malformed. */
        static Head read(InputStream in, Socket socket, long deadline) throws IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                setTimeout(socket, deadline);
                int b = in.read();
                if (b < 0 || raw.size() >= MAX_HEAD) {
                    return null;
                }
                raw.write(b);
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            }
            String[] lines = raw.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            String[] first = lines[0].split(" ");
            if (first.length != 3) {
                return null;
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                            .add(new String(lines[i].substring(colon + 1).strip().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                }
            }
            int length = 0;
            List<String> declared = headers.get("Content-Length");
            if (declared != null) {
                try {
                    long value = Long.parseLong(declared.get(0));
                    length = value < 0 ? -1 : (int) Math.min(value, (long) MAX_BODY + 1);
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (headers.containsKey("Transfer-Encoding")) {
                return null; // Slack sends a Content-Length; chunked bodies are not taken
            }
            return length < 0 ? null : new Head(first[0].toUpperCase(Locale.ROOT), first[1], headers, length);
        }
    }

    private static void write(OutputStream out, int status, String contentType, String body, Map<String, List<String>> headers)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Connection")) {
                values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
            }
        });
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Error" : "Status";
        };
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
