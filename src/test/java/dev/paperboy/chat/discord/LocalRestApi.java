package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordPayloads.BOT;
import static dev.paperboy.chat.discord.DiscordPayloads.CHANNEL;
import static dev.paperboy.chat.discord.DiscordPayloads.GUILD;
import static dev.paperboy.chat.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;

/**
 * The local Discord's REST API, v10: the routes JDA calls, answered as Discord answers them (JSON bodies, error
 * codes, X-RateLimit headers), with {@link DiscordLimits} applied to whatever the bot sends. State lives in
 * {@link LocalDiscord}.
 */
final class LocalRestApi {

    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)(/messages/@original)?");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern OWN_REACTION = Pattern.compile("channels/(\\d+)/messages/(\\d+)/reactions/([^/]+)/@me");
    private static final Pattern THREAD = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(/guilds/(\\d+))?/commands");

    private final LocalDiscord discord;

    LocalRestApi(LocalDiscord discord) {
        this.discord = discord;
    }

    void handle(HttpExchange exchange) throws IOException {
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
        for (Map.Entry<Pattern, Double> limit : discord.rateLimits.entrySet()) {
            if (limit.getKey().matcher(method + " " + path).matches() && discord.rateLimits.remove(limit.getKey()) != null) {
                limited = limit.getValue();
                break;
            }
        }
        boolean needsToken = !path.startsWith("webhooks/") && !path.startsWith("interactions/");
        if (needsToken && !("Bot " + LocalDiscord.TOKEN).equals(auth)) {
            answer = new Answer(401, JSON.createObjectNode().put("message", "401: Unauthorized").put("code", 0));
        } else if (limited != null) {
            answer = rateLimited(exchange, limited);
        } else {
            try {
                answer = route(method, path, body);
            } catch (RuntimeException e) {
                discord.violations.add(method + " " + path + ": " + e);
                answer = new Answer(500, JSON.createObjectNode().put("message", "500: Internal Server Error").put("code", 0));
            }
        }
        discord.calls.add(new LocalDiscord.Call(method, path, body, answer.status(), System.nanoTime()));
        write(exchange, answer);
        synchronized (discord.monitor) {
            discord.monitor.notifyAll();
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
            ObjectNode gatewayBot = JSON.createObjectNode().put("url", discord.gateway.url()).put("shards", 1);
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
            return discord.commandsScopeMissing ? error(403, 50001, "Missing Access") : registerCommands(path, body);
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
            discord.ownReactions.computeIfAbsent(message, k -> new CopyOnWriteArrayList<>()).add(m.group(3));
            discord.gateway.dispatch("MESSAGE_REACTION_ADD", DiscordPayloads.reaction(true, BOT, Long.parseLong(m.group(1)), message, BOT, m.group(3)));
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
            ObjectNode copy = ((ObjectNode) command.deepCopy()).put("id", Long.toString(discord.snowflakes.incrementAndGet()))
                    .put("application_id", Long.toString(BOT)).put("version", Long.toString(discord.snowflakes.incrementAndGet()))
                    .put("type", command.path("type").asInt(1)).putNull("default_member_permissions").put("nsfw", false);
            if (path.contains("/guilds/")) {
                copy.put("guild_id", Long.toString(GUILD));
            }
            registered.add(copy);
        }
        if (!wrong.isEmpty()) {
            return invalid(wrong);
        }
        discord.commands = registered;
        discord.commandsPath = path;
        return ok(registered);
    }

    private Answer callback(long id, String token, JsonNode body) {
        LocalDiscord.Interaction interaction = discord.interactions.get(id);
        if (interaction == null || !interaction.token.equals(token)) {
            return error(404, 10062, "Unknown interaction");
        }
        if (interaction.callback != null) {
            return error(400, 40060, "Interaction has already been acknowledged.");
        }
        if (Duration.ofNanos(System.nanoTime() - interaction.dispatchedNanos).compareTo(discord.interactionDeadline) > 0) {
            discord.violations.add("interaction " + id + " answered after Discord's 3 s");
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
        LocalDiscord.Interaction interaction = discord.interactions.values().stream().filter(i -> i.token.equals(token)).findFirst().orElse(null);
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
        ObjectNode message = DiscordPayloads.message(discord.snowflakes.incrementAndGet(), CHANNEL, body, Instant.now().toString())
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
            Long earlier = discord.nonces.get(channel + "/" + nonce);
            if (earlier != null) {
                return ok(discord.messages.get(earlier));
            }
        }
        long id = discord.snowflakes.incrementAndGet();
        ObjectNode message = DiscordPayloads.message(id, channel, body, Instant.now().toString());
        discord.messages.put(id, message);
        discord.posted.add(message);
        if (nonce != null) {
            discord.nonces.put(channel + "/" + nonce, id);
        }
        return ok(message);
    }

    private Answer startThread(long channel, long header, JsonNode body) {
        Optional<Answer> refused = refused(channel);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (discord.threads.containsKey(header)) {
            return error(400, 160004, "A thread has already been created for this message");
        }
        List<String> wrong = DiscordLimits.threadName(body.path("name").asText(""));
        if (!wrong.isEmpty()) {
            return invalid(wrong);
        }
        ObjectNode thread = DiscordPayloads.thread(header, channel, body.path("name").asText());
        discord.threads.put(header, thread);
        discord.gateway.dispatch("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        return ok(thread);
    }

    /** Discord's answer where Paperboy may not see the channel (discord.threads under it included). */
    private Optional<Answer> refused(long channel) {
        boolean known = channel == CHANNEL || discord.threads.containsKey(channel);
        if (!known) {
            return Optional.of(error(404, 10003, "Unknown Channel"));
        }
        if ((discord.botDenied & Permission.getRaw(Permission.VIEW_CHANNEL)) != 0) {
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
        discord.violations.addAll(wrong);
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

}
