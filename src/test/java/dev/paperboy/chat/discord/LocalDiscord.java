package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordPayloads.BOT;
import static dev.paperboy.chat.discord.DiscordPayloads.CHANNEL;
import static dev.paperboy.chat.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;

/**
 * A local Discord for tests: its REST API (v10, {@link LocalRestApi}) on the JDK's HttpServer and its gateway
 * ({@link LocalGateway}), enough for a real JDA to log in and work in one server with one text channel. It checks
 * the bot token, keeps what the bot registers and posts, enforces Discord's limits ({@link DiscordLimits}), the
 * 3 s interaction deadline, the bot's channel permissions and nonces, and can answer 429 with Discord's rate-limit
 * headers. Tests play the members: {@link #command}, {@link #react}, and the gateway's reconnect requests.
 */
final class LocalDiscord implements AutoCloseable {

    static final String TOKEN = "local.discord.bot-token";

    /** A request as the fake saw it, with the status it answered. */
    record Call(String method, String path, JsonNode body, int status, long atNanos) {
    }

    /** A member's interaction and everything the bot answered to it. */
    static final class Interaction {
        final long id;
        final String token;
        final long dispatchedNanos = System.nanoTime();
        volatile int callbackType;
        volatile JsonNode callback;
        volatile long callbackNanos;
        final List<JsonNode> edits = new CopyOnWriteArrayList<>();
        final List<JsonNode> followups = new CopyOnWriteArrayList<>();
        volatile boolean originalDeleted;

        Interaction(long id, String token) {
            this.id = id;
            this.token = token;
        }

        boolean deferred() {
            return callbackType == 5;
        }

        /** Whether the member alone sees the final answer (flag 64 on the reply, the deferral or the follow-up). */
        boolean ephemeral() {
            JsonNode last = followups.isEmpty() ? callback : followups.get(followups.size() - 1);
            return last != null && (last.path("flags").asInt() & 64) != 0;
        }

        /** The text the member finally reads, or null while there is none. */
        String text() {
            if (!followups.isEmpty()) {
                return followups.get(followups.size() - 1).path("content").asText();
            }
            if (!edits.isEmpty()) {
                return edits.get(edits.size() - 1).path("content").asText();
            }
            return callbackType == 4 ? callback.path("content").asText() : null;
        }

        Duration acknowledgedAfter() {
            return Duration.ofNanos(callbackNanos - dispatchedNanos);
        }
    }

    private final HttpServer http;
    final LocalGateway gateway;
    final Object monitor = new Object();
    final AtomicLong snowflakes = new AtomicLong((System.currentTimeMillis() - 1420070400000L) << 22);
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    /** Messages the bot posted, by id, as Discord returned them. */
    final Map<Long, ObjectNode> messages = new ConcurrentHashMap<>();
    final List<ObjectNode> posted = new CopyOnWriteArrayList<>();
    final Map<Long, List<String>> ownReactions = new ConcurrentHashMap<>();
    final Map<Long, ObjectNode> threads = new ConcurrentHashMap<>();
    final Map<Long, Interaction> interactions = new ConcurrentHashMap<>();
    volatile JsonNode commands = JSON.createArrayNode();
    volatile String commandsPath;
    final Map<String, Long> nonces = new ConcurrentHashMap<>();
    final Map<Pattern, Double> rateLimits = new ConcurrentHashMap<>();
    /** Permissions an override takes from Paperboy in the channel. */
    volatile long botDenied;
    final Duration interactionDeadline = Duration.ofSeconds(3);
    /** When set, command registration is refused as for a bot invited without the applications.commands scope. */
    volatile boolean commandsScopeMissing;

    LocalDiscord() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v10/", new LocalRestApi(this)::handle);
        http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "local-discord-rest");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        gateway = new LocalGateway(TOKEN, DiscordPayloads::ready, () -> DiscordPayloads.guild(List.of(channel())), monitor);
        gateway.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    ObjectNode channel() {
        return DiscordPayloads.textChannel(CHANNEL, "papers", botDenied);
    }

    // ---- what members and Discord do ----

    /** A member runs {@code /papers <subcommand>} with options (Integer values are integer options). */
    Interaction command(long user, boolean moderator, String subcommand, Map<String, Object> options) {
        return interact(user, moderator, subcommand, options, null);
    }

    /** A member types into an option with autocompletion. */
    Interaction autocomplete(long user, String subcommand, Map<String, Object> options, String focused) {
        return interact(user, false, subcommand, options, focused);
    }

    private Interaction interact(long user, boolean moderator, String subcommand, Map<String, Object> options, String focused) {
        long id = snowflakes.incrementAndGet();
        Interaction interaction = new Interaction(id, "itoken" + id);
        interactions.put(id, interaction);
        long commandId = commands.size() == 0 ? 0 : commands.get(0).path("id").asLong();
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, interaction.token, commandId, CHANNEL, user, moderator,
                subcommand, options, focused));
        return interaction;
    }

    void react(long user, long message, String emoji) {
        gateway.dispatch("MESSAGE_REACTION_ADD", DiscordPayloads.reaction(true, user, channelOf(message), message,
                messages.containsKey(message) ? BOT : user, emoji));
    }

    void unreact(long user, long message, String emoji) {
        gateway.dispatch("MESSAGE_REACTION_REMOVE", DiscordPayloads.reaction(false, user, channelOf(message), message, 0, emoji));
    }

    private long channelOf(long message) {
        ObjectNode known = messages.get(message);
        return known == null ? CHANNEL : known.path("channel_id").asLong();
    }

    /**
     * Someone takes View Channel from Paperboy's role in the channel. With {@code tellBot} the gateway sends the
     * CHANNEL_UPDATE, as Discord does; without it the bot's cache is stale and only the REST API refuses.
     */
    void revokeAccess(boolean tellBot) {
        botDenied = Permission.getRaw(Permission.VIEW_CHANNEL);
        if (tellBot) {
            gateway.dispatch("CHANNEL_UPDATE", channel());
        }
    }

    /** Paperboy's role may see the channel again, and the gateway says so. */
    void restoreAccess() {
        botDenied = 0;
        gateway.dispatch("CHANNEL_UPDATE", channel());
    }

    /** The paper id a posted embed shows in its footer ("id 2506.10001 · …"). */
    static String paperId(JsonNode message) {
        return message.path("embeds").get(0).path("footer").path("text").asText().split(" ")[1];
    }

    /** The next request matching {@code route} (e.g. {@code POST channels/\d+/messages}) is answered 429. */
    void rateLimitNext(String route, double retryAfterSeconds) {
        rateLimits.put(Pattern.compile(route), retryAfterSeconds);
    }

    /** Waits until the condition holds, woken by every request the fake answers. */
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

    List<Call> calls(String method, String pathRegex) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().matches(pathRegex)).toList();
    }

    List<ObjectNode> embeds() {
        return posted.stream().filter(m -> m.path("embeds").size() > 0).toList();
    }

    @Override
    public void close() throws InterruptedException {
        http.stop(0);
        gateway.stop(1000);
    }
}
