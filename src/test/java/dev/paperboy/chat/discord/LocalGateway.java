package dev.paperboy.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway, version 10, on 127.0.0.1: HELLO on connect; IDENTIFY answered with READY then GUILD_CREATE;
 * heartbeats answered with ACKs; RESUME replays what the session missed, then RESUMED; dispatches numbered per
 * session. JSON encoding, with or without {@code compress=zlib-stream} (one deflate stream per connection, each
 * message ending in a sync flush, as Discord sends it). A test can ask the bot to reconnect (op 7), invalidate
 * its session (op 9), or close the socket with a close code.
 */
final class LocalGateway extends WebSocketServer {

    /** One gateway session: its numbered dispatches, kept for RESUME, and the connection it is on, if any. */
    static final class Session {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final List<ObjectNode> sent = new ArrayList<>();
        volatile WebSocket connection;
        int seq;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int HEARTBEAT_MILLIS = 2_000;

    private final String token;
    private final Supplier<ObjectNode> ready;
    private final Supplier<ObjectNode> guild;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Session current;
    final AtomicInteger identifies = new AtomicInteger();
    final AtomicInteger resumes = new AtomicInteger();
    final AtomicInteger heartbeats = new AtomicInteger();
    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<JsonNode> identifyPayloads = new CopyOnWriteArrayList<>();
    /** When set, IDENTIFY is answered by closing with this code (4004 bad token, 4014 disallowed intents). */
    volatile int closeOnIdentify;
    private final Object monitor;

    LocalGateway(String token, Supplier<ObjectNode> ready, Supplier<ObjectNode> guild, Object monitor) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.token = token;
        this.ready = ready;
        this.guild = guild;
        this.monitor = monitor;
        setReuseAddr(true);
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        String query = handshake.getResourceDescriptor();
        queries.add(query);
        if (!query.contains("v=10") || !query.contains("encoding=json")) {
            conn.close(4012, "Invalid API version");
            return;
        }
        conn.setAttachment(query.contains("compress=zlib-stream") ? new Deflater() : null);
        send(conn, JSON.createObjectNode().put("op", 10).putNull("s").putNull("t")
                .set("d", JSON.createObjectNode().put("heartbeat_interval", HEARTBEAT_MILLIS)));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode payload;
        try {
            payload = JSON.readTree(message);
        } catch (Exception e) {
            conn.close(4002, "Decode error");
            return;
        }
        JsonNode d = payload.path("d");
        switch (payload.path("op").asInt(-1)) {
            case 1 -> {
                heartbeats.incrementAndGet();
                send(conn, JSON.createObjectNode().put("op", 11));
            }
            case 2 -> identify(conn, d);
            case 6 -> resume(conn, d);
            default -> {
            }
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        identifyPayloads.add(d);
        identifies.incrementAndGet();
        if (!token.equals(d.path("token").asText())) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        if (closeOnIdentify != 0) {
            conn.close(closeOnIdentify, "Disallowed intent(s).");
            return;
        }
        Session session = new Session();
        session.connection = conn;
        sessions.put(session.id, session);
        current = session;
        ObjectNode readyData = ready.get().put("session_id", session.id).put("resume_gateway_url", url());
        if (d.has("shard")) {
            readyData.set("shard", d.get("shard"));
        }
        dispatch(session, "READY", readyData);
        dispatch(session, "GUILD_CREATE", guild.get());
    }

    private void resume(WebSocket conn, JsonNode d) {
        Session session = sessions.get(d.path("session_id").asText());
        if (session == null || !token.equals(d.path("token").asText())) {
            send(conn, JSON.createObjectNode().put("op", 9).put("d", false));
            return;
        }
        resumes.incrementAndGet();
        int after = d.path("seq").asInt();
        synchronized (session) {
            session.connection = conn;
            current = session;
            for (ObjectNode event : session.sent) {
                if (event.get("s").asInt() > after) {
                    send(conn, event);
                }
            }
            ObjectNode resumed = JSON.createObjectNode().put("op", 0).put("t", "RESUMED").put("s", ++session.seq);
            resumed.set("d", JSON.createObjectNode());
            session.sent.add(resumed);
            send(conn, resumed);
        }
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Sends an event on the current session; while the bot is away it is kept for its RESUME. */
    void dispatch(String type, ObjectNode data) {
        Session session = current;
        if (session == null) {
            throw new IllegalStateException("no gateway session: the bot has not identified");
        }
        dispatch(session, type, data);
    }

    private void dispatch(Session session, String type, ObjectNode data) {
        synchronized (session) {
            ObjectNode event = JSON.createObjectNode().put("op", 0).put("t", type).put("s", ++session.seq);
            event.set("d", data);
            session.sent.add(event);
            WebSocket conn = session.connection;
            if (conn != null && conn.isOpen()) {
                try {
                    send(conn, event);
                } catch (org.java_websocket.exceptions.WebsocketNotConnectedException e) {
                    // Closed between the check and the send (the bot is leaving): kept in sent for a RESUME, as Discord does.
                }
            }
        }
    }

    /** Op 7: Discord asks the bot to reconnect and resume; what is dispatched until then waits for the RESUME. */
    void requestReconnect() {
        Session session = current;
        synchronized (session) {
            WebSocket conn = session.connection;
            session.connection = null;
            send(conn, JSON.createObjectNode().put("op", 7).putNull("d"));
        }
    }

    /** Op 9: the session is invalid; when not resumable the bot must IDENTIFY again. */
    void invalidateSession(boolean resumable) {
        Session session = current;
        synchronized (session) {
            WebSocket conn = session.connection;
            session.connection = null;
            if (!resumable) {
                sessions.remove(session.id);
            }
            send(conn, JSON.createObjectNode().put("op", 9).put("d", resumable));
        }
    }

    int sessionsStarted() {
        return identifies.get();
    }

    private static void send(WebSocket conn, JsonNode payload) {
        if (conn == null || !conn.isOpen()) {
            return;
        }
        byte[] text = payload.toString().getBytes(StandardCharsets.UTF_8);
        Deflater deflater = conn.getAttachment();
        if (deflater == null) {
            conn.send(new String(text, StandardCharsets.UTF_8));
            return;
        }
        synchronized (deflater) {
            deflater.setInput(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            conn.send(out.toByteArray());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // The connection's Deflater is left to the garbage collector: a dispatch may still hold it.
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
    }
}
