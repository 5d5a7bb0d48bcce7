package dev.paperboy.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's port ({@code management.port}, 0 turns it off): {@code GET /healthz} says the process is alive,
 * {@code GET /readyz} whether it can do its work (each check named, 503 when one fails), {@code GET /metrics}
 * Prometheus's text format. On the JDK's own server, on two threads: probes and scrapes are small GETs.
 */
public final class ManagementServer implements AutoCloseable {

    /** A readiness check: empty when fine, else what is wrong. */
    public interface Check extends Supplier<Optional<String>> {
    }

    private static final Logger log = LoggerFactory.getLogger(ManagementServer.class);

    private final HttpServer server;
    private final ExecutorService workers;

    private ManagementServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts the server, or nothing when {@code port} is 0; an {@link IllegalArgumentException} says, in the
     * operator's words, why the port cannot be used.
     */
    public static Optional<ManagementServer> start(int port, Map<String, Check> checks, Supplier<String> metrics) {
        if (port == 0) {
            return Optional.empty();
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("management.port must be 0 (off) or a TCP port, got " + port);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 16);
        } catch (BindException e) {
            throw new IllegalArgumentException("management.port " + port + " is in use; choose another with --set management.port=N (0 turns it off)");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open management.port " + port + ": " + e.getMessage());
        }
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "management");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/healthz", exchange -> answer(exchange, 200, "ok\n", "text/plain; charset=utf-8"));
        server.createContext("/readyz", exchange -> ready(exchange, checks));
        server.createContext("/metrics", exchange -> answer(exchange, 200, metrics.get(), "text/plain; version=0.0.4; charset=utf-8"));
        server.start();
        log.info("management port open port={} paths=/healthz,/readyz,/metrics", server.getAddress().getPort());
        return Optional.of(new ManagementServer(server, workers));
    }

    /**
     * What {@code /readyz} checks, in order: not stopping, the database, the scheduler, then each chat adapter by
     * its platform.
     */
    public static Map<String, Check> readiness(RunningBot bot, GracefulStop stop, Map<String, Check> adapters) {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("stopping", () -> stop.stopping() ? Optional.of("the bot is stopping") : Optional.empty());
        // Opening the database applied every migration (or failed the start), so a reachable database is a migrated one.
        checks.put("database", bot::databaseProblem);
        checks.put("scheduler", () -> bot.scheduling() ? Optional.empty() : Optional.of("not started"));
        checks.putAll(adapters);
        return checks;
    }

    private static void ready(HttpExchange exchange, Map<String, Check> checks) throws IOException {
        Map<String, String> states = new LinkedHashMap<>();
        boolean ready = true;
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            Optional<String> problem;
            try {
                problem = check.getValue().get();
            } catch (RuntimeException e) {
                problem = Optional.of(e.getClass().getSimpleName());
            }
            ready &= problem.isEmpty();
            states.put(check.getKey(), problem.orElse("ok"));
        }
        StringBuilder body = new StringBuilder(ready ? "ready\n" : "not ready\n");
        states.forEach((name, state) -> body.append(name).append(": ").append(state).append('\n'));
        answer(exchange, ready ? 200 : 503, body.toString(), "text/plain; charset=utf-8");
    }

    private static void answer(HttpExchange exchange, int status, String body, String type) throws IOException {
        try (exchange) {
            if (!"GET".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
