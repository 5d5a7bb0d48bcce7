package dev.paperboy.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's end of Socket Mode: says hello on each connection, sends envelopes on the newest one and keeps the
 * acks. Like Slack it can ask the app to reconnect ({@code disconnect} with {@code refresh_requested} or
 * {@code warning}) or drop the connection outright; an Events API envelope whose ack never came is delivered
 * again on the next connection with {@code retry_attempt} and {@code retry_reason}.
 */
final class FakeSocketMode extends WebSocketServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CountDownLatch started = new CountDownLatch(1);
    private final Object monitor = new Object();
    private volatile WebSocket current;
    final AtomicInteger connections = new AtomicInteger();
    final Set<String> acked = ConcurrentHashMap.newKeySet();
    final List<String> received = new CopyOnWriteArrayList<>();
    /** Events API envelopes sent and not acked on the connection they went out on, by envelope id. */
    private final Map<String, ObjectNode> unacked = new ConcurrentHashMap<>();

    FakeSocketMode() throws InterruptedException {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake Socket Mode server did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=local";
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-local\",\"approximate_connection_time\":18060},"
                + "\"connection_info\":{\"app_id\":\"A0PAPERS\"}}");
        current = conn;
        connections.incrementAndGet();
        for (ObjectNode envelope : unacked.values()) {
            envelope.put("retry_attempt", envelope.path("retry_attempt").asInt() + 1).put("retry_reason", "timeout");
            conn.send(envelope.toString());
        }
        notifyWaiters();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
        try {
            JsonNode ack = JSON.readTree(message);
            String id = ack.path("envelope_id").asText(null);
            if (id != null && conn == current) {
                acked.add(id);
                unacked.remove(id);
            }
        } catch (Exception e) {
            received.add("unreadable: " + e);
        }
        notifyWaiters();
    }

    /** Sends an envelope on the newest connection. */
    void send(ObjectNode envelope) {
        if ("events_api".equals(envelope.path("type").asText())) {
            unacked.put(envelope.path("envelope_id").asText(), envelope);
        }
        current.send(envelope.toString());
    }

    /** Slack's {@code disconnect} message: the app should open a new connection now. */
    void disconnect(String reason) {
        current.send("{\"type\":\"disconnect\",\"reason\":\"" + reason + "\",\"debug_info\":{\"host\":\"applink-local\"}}");
    }

    /** Sends an envelope and drops the connection at once, so its ack (if any) is lost with it. */
    void sendAndDrop(ObjectNode envelope) {
        WebSocket conn = current;
        current = null;   // an ack on this connection is never seen
        unacked.put(envelope.path("envelope_id").asText(), envelope);
        conn.send(envelope.toString());
        conn.closeConnection(1006, "connection lost");
    }

    boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                monitor.wait(Math.max(1, Math.min(200, left / 1_000_000)));
            }
            return true;
        }
    }

    private void notifyWaiters() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        notifyWaiters();
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
