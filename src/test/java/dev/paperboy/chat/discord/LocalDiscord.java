package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordPayloads.BOT;
import static dev.paperboy.chat.discord.DiscordPayloads.CHANNEL;
import static dev.paperboy.chat.discord.DiscordPayloads.GUILD;
import static dev.paperboy.chat.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;

/**
 * A local Discord for tests: its REST API (v10) on the JDK's HttpServer and its gateway ({@link LocalGateway}),
 * enough for a real JDA to log in and work in one server with one text channel. It checks the bot token, keeps
 * what the bot registers and posts, enforces Discord's limits ({@link DiscordLimits}), the 3 s interaction
 * deadline, the bot's channel permissions and nonces, and can answer 429 with Discord's rate-limit headers.
 * Tests play the members: {@link #command}, {@link #react}, and the gateway's reconnect requests.
 */
final class LocalDiscord implements AutoCloseable {

    static final String TOKEN = "local.discord.bot-token";
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)(/messages/@original)?");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern OWN_REACTION = Pattern.compile("channels/(\\d+)/messages/(\\d+)/reactions/([^/]+)/@me");
    private static final Pattern THREAD = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(/guilds/(\\d+))?/commands");

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
    private final Object monitor = new Object();
    private final AtomicLong snowflakes = new AtomicLong((System.currentTimeMillis() - 1420070400000L) << 22);
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
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();
    private final Map<Pattern, Double> rateLimits = new ConcurrentHashMap<>();
    /** Permissions an override takes from Paperboy in the channel. */
    private volatile long botDenied;
    private final Duration interactionDeadline = Duration.ofSeconds(3);
    /** When set, command registration is refused as for a bot invited without the applications.commands scope. */
    volatile boolean commandsScopeMissing;

    LocalDiscord() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v10/", this::handle);
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

    private ObjectNode channel() {
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

    // ---- the REST API ----

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = body(exchange.getRequestHeaders().getFirst("Content-Type"), raw);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        exchange.getResponseHeaders().set("X-RateLimit-Bucket", Integer.toHexString(path.replaceAll("\\d{17,20}", "id").hashCode()));
        exchange.getResponseHeaders().set("X-RateLimit-Limit", "50");
        // Discord's answers come through Google's front end; a 429 without it is Cloudflare's and blocks every route.
        exchange.getResponseHeaders().set("Via", "1.1 google");
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", "49");
        exchange.getResponseHeaders().set("X-RateLimit-Reset-After", "1.000");
        Answer answer;
        Double limited = null;
        for (Map.Entry<Pattern, Double> limit : rateLimits.entrySet()) {
            if (limit.getKey().matcher(method + " " + path).matches() && rateLimits.remove(limit.getKey()) != null) {
                limited = limit.getValue();
                break;
            }
        }
        boolean needsToken = !path.startsWith("webhooks/") && !path.startsWith("interactions/");
        if (needsToken && !("Bot " + TOKEN).equals(auth)) {
            answer = new Answer(401, JSON.createObjectNode().put("message", "401: Unauthorized").put("code", 0));
        } else if (limited != null) {
            answer = rateLimited(exchange, limited);
        } else {
            try {
                answer = route(method, path, body);
            } catch (RuntimeException e) {
                violations.add(method + " " + path + ": " + e);
                answer = new Answer(500, JSON.createObjectNode().put("message", "500: Internal Server Error").put("code", 0));
            }
        }
        calls.add(new Call(method, path, body, answer.status(), System.nanoTime()));
        write(exchange, answer);
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    private record Answer(int status, JsonNode body) {
    }

    /** Discord's 429: the wait in the body and in Retry-After, and the bucket in the X-RateLimit headers. */
    private static Answer rateLimited(HttpExchange exchange, double retryAfter) {
        exchange.getResponseHeaders().set("Retry-After", Long.toString((long) Math.ceil(retryAfter)));
        exchange.getResponseHeaders().set("X-RateLimit-Scope", "user");
        exchange.getResponseHeaders().set("X-RateLimit-Reset", String.format(java.util.Locale.ROOT, "%.3f",
                System.currentTimeMillis() / 1000.0 + retryAfter));
        exchange.getResponseHeaders().set("X-RateLimit-Reset-After", String.format(java.util.Locale.ROOT, "%.3f", retryAfter));
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", "0");
        return new Answer(429, JSON.createObjectNode().put("message", "You are being rate limited.").put("retry_after", retryAfter)
                .put("global", false).put("code", 0));
    }

    private Answer route(String method, String path, JsonNode body) {
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            return ok(DiscordPayloads.user(BOT, "Paperboy", true).put("verified", true).put("mfa_enabled", false));
        }
        if (method.equals("GET") && path.equals("gateway/bot")) {
            ObjectNode gatewayBot = JSON.createObjectNode().put("url", gateway.url()).put("shards", 1);
            gatewayBot.putObject("session_start_limit").put("total", 1000).put("remaining", 999).put("reset_after", 0).put("max_concurrency", 1);
            return ok(gatewayBot);
        }
        if (method.equals("GET") && path.equals("applications/@me")) {
            ObjectNode app = JSON.createObjectNode().put("id", Long.toString(BOT)).put("name", "Paperboy").put("description", "")
                    .put("bot_public", true).put("bot_require_code_grant", false).put("verify_key", "00").put("flags", 0).putNull("icon");
            app.set("bot", DiscordPayloads.user(BOT, "Paperboy", true));
            return ok(app);
        }
        if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            return commandsScopeMissing ? error(403, 50001, "Missing Access") : registerCommands(path, body);
        }
        if (method.equals("POST") && (m = CALLBACK.matcher(path)).matches()) {
            return callback(Long.parseLong(m.group(1)), m.group(2), body);
        }
        if ((m = WEBHOOK.matcher(path)).matches()) {
            return webhook(method, m.group(2), m.group(3) != null, body);
        }
        if (method.equals("POST") && (m = MESSAGES.matcher(path)).matches()) {
            return createMessage(Long.parseLong(m.group(1)), body);
        }
        if (method.equals("PUT") && (m = OWN_REACTION.matcher(path)).matches()) {
            long message = Long.parseLong(m.group(2));
            Optional<Answer> refused = refused(Long.parseLong(m.group(1)));
            if (refused.isPresent()) {
                return refused.get();
            }
            ownReactions.computeIfAbsent(message, k -> new CopyOnWriteArrayList<>()).add(m.group(3));
            gateway.dispatch("MESSAGE_REACTION_ADD", DiscordPayloads.reaction(true, BOT, Long.parseLong(m.group(1)), message, BOT, m.group(3)));
            return new Answer(204, null);
        }
        if (method.equals("POST") && (m = THREAD.matcher(path)).matches()) {
            return startThread(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), body);
        }
        return new Answer(404, JSON.createObjectNode().put("message", "404: Not Found").put("code", 0));
    }

    private Answer registerCommands(String path, JsonNode body) {
        List<String> wrong = new ArrayList<>();
        ArrayNode registered = JSON.createArrayNode();
        for (JsonNode command : body) {
            wrong.addAll(DiscordLimits.command(command));
            ObjectNode copy = ((ObjectNode) command.deepCopy()).put("id", Long.toString(snowflakes.incrementAndGet()))
                    .put("application_id", Long.toString(BOT)).put("version", Long.toString(snowflakes.incrementAndGet()))
                    .put("type", command.path("type").asInt(1)).putNull("default_member_permissions").put("nsfw", false);
            if (path.contains("/guilds/")) {
                copy.put("guild_id", Long.toString(GUILD));
            }
            registered.add(copy);
        }
        if (!wrong.isEmpty()) {
            return invalid(wrong);
        }
        commands = registered;
        commandsPath = path;
        return ok(registered);
    }

    private Answer callback(long id, String token, JsonNode body) {
        Interaction interaction = interactions.get(id);
        if (interaction == null || !interaction.token.equals(token)) {
            return error(404, 10062, "Unknown interaction");
        }
        if (interaction.callback != null) {
            return error(400, 40060, "Interaction has already been acknowledged.");
        }
        if (Duration.ofNanos(System.nanoTime() - interaction.dispatchedNanos).compareTo(interactionDeadline) > 0) {
            violations.add("interaction " + id + " answered after Discord's 3 s");
            return error(404, 10062, "Unknown interaction");
        }
        int type = body.path("type").asInt();
        JsonNode data = body.path("data");
        List<String> wrong = type == 8 ? DiscordLimits.choices(data.path("choices")) : DiscordLimits.message(data);
        if (!wrong.isEmpty()) {
            return invalid(wrong);
        }
        interaction.callbackType = type;
        interaction.callback = data;
        interaction.callbackNanos = System.nanoTime();
        return new Answer(204, null);
    }

    private Answer webhook(String method, String token, boolean original, JsonNode body) {
        Interaction interaction = interactions.values().stream().filter(i -> i.token.equals(token)).findFirst().orElse(null);
        if (interaction == null || interaction.callback == null) {
            return error(404, 10015, "Unknown Webhook");
        }
        if (method.equals("DELETE") && original) {
            interaction.originalDeleted = true;
            return new Answer(204, null);
        }
        List<String> wrong = DiscordLimits.message(body);
        if (!wrong.isEmpty()) {
            return invalid(wrong);
        }
        (original ? interaction.edits : interaction.followups).add(body);
        ObjectNode message = DiscordPayloads.message(snowflakes.incrementAndGet(), CHANNEL, body, Instant.now().toString())
                .put("webhook_id", Long.toString(BOT)).put("application_id", Long.toString(BOT));
        return ok(message);
    }

    private Answer createMessage(long channel, JsonNode body) {
        Optional<Answer> refused = refused(channel);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<String> wrong = DiscordLimits.message(body);
        if (!wrong.isEmpty()) {
            return invalid(wrong);
        }
        String nonce = body.path("nonce").asText(null);
        if (nonce != null && body.path("enforce_nonce").asBoolean()) {
            Long earlier = nonces.get(channel + "/" + nonce);
            if (earlier != null) {
                return ok(messages.get(earlier));
            }
        }
        long id = snowflakes.incrementAndGet();
        ObjectNode message = DiscordPayloads.message(id, channel, body, Instant.now().toString());
        messages.put(id, message);
        posted.add(message);
        if (nonce != null) {
            nonces.put(channel + "/" + nonce, id);
        }
        return ok(message);
    }

    private Answer startThread(long channel, long header, JsonNode body) {
        Optional<Answer> refused = refused(channel);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (threads.containsKey(header)) {
            return error(400, 160004, "A thread has already been created for this message");
        }
        List<String> wrong = DiscordLimits.threadName(body.path("name").asText(""));
        if (!wrong.isEmpty()) {
            return invalid(wrong);
        }
        ObjectNode thread = DiscordPayloads.thread(header, channel, body.path("name").asText());
        threads.put(header, thread);
        gateway.dispatch("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        return ok(thread);
    }

    /** Discord's answer where Paperboy may not see the channel (threads under it included). */
    private Optional<Answer> refused(long channel) {
        boolean known = channel == CHANNEL || threads.containsKey(channel);
        if (!known) {
            return Optional.of(error(404, 10003, "Unknown Channel"));
        }
        if ((botDenied & Permission.getRaw(Permission.VIEW_CHANNEL)) != 0) {
            return Optional.of(error(403, 50001, "Missing Access"));
        }
        return Optional.empty();
    }

    private static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    private static Answer error(int status, int code, String message) {
        return new Answer(status, JSON.createObjectNode().put("message", message).put("code", code));
    }

    private Answer invalid(List<String> wrong) {
        violations.addAll(wrong);
        ObjectNode error = JSON.createObjectNode().put("message", "Invalid Form Body").put("code", 50035);
        error.putObject("errors").put("_errors", String.join("; ", wrong));
        return new Answer(400, error);
    }

    /** JSON, or multipart/form-data whose {@code payload_json} part is the JSON (JDA sends either). */
    private static JsonNode body(String type, byte[] raw) throws IOException {
        if (raw.length == 0) {
            return JSON.createObjectNode();
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (type != null && type.startsWith("multipart/form-data")) {
            int part = text.indexOf("name=\"payload_json\"");
            if (part < 0) {
                return JSON.createObjectNode();
            }
            int start = text.indexOf("\r\n\r\n", part) + 4;
            int end = text.indexOf("\r\n--", start);
            text = text.substring(start, end);
        }
        return JSON.readTree(text);
    }

    private static void write(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() throws InterruptedException {
        http.stop(0);
        gateway.stop(1000);
    }
}
