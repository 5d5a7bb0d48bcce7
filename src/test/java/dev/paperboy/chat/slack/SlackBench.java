package dev.paperboy.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.app_backend.SlackSignature;
import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.RoutingGateway;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real wiring on a fresh in-memory database, the real Slack adapter in HTTP mode with a signing secret, and
 * a {@link FakeSlack} behind it. Requests are signed the way Slack signs them, with {@code SlackSignature.Generator}.
 */
final class SlackBench implements AutoCloseable {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String CHANNEL = "C0READING";

    final FakeSlack slack;
    final Wiring wiring;
    final SlackAdapter adapter;
    private final HttpClient http = HttpClient.newHttpClient();
    private final SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);
    private final AtomicInteger commands = new AtomicInteger();

    /** Slack's client gives up on a call after this long; the fake's late answers come later. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private SlackBench(Set<String> managers, Set<String> curators) throws Exception {
        slack = new FakeSlack();
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, java.util.Map.of(),
                List.of("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        wiring = Wiring.open(config, Clock.systemUTC());
        RoutingGateway routing = new RoutingGateway();
        Wiring.ChatServices chat = wiring.chat(routing, Optional.empty());
        SlackSettings settings = new SlackSettings(FakeSlack.BOT_TOKEN, Optional.empty(), Optional.of(SECRET), "/papers", 0,
                "/slack/events", managers, curators, true, Duration.ofSeconds(30), Optional.of(slack.apiUrl()), TIMEOUT);
        adapter = SlackAdapter.start(settings, new SlackAdapter.Services(chat.commands(), chat.reactions(), wiring.channels(),
                wiring.clock()));
        routing.register(SlackAdapter.PLATFORM, adapter.gateway());
    }

    /**
     * How long the bot waited before trying again each post Slack refused for now (429, 5xx), in whole seconds: from
     * the refused call to the next post, as Slack saw them arrive.
     */
    List<Long> retryWaitSeconds() {
        List<FakeSlack.Call> posts = slack.calls("/api/chat.postMessage");
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i + 1 < posts.size(); i++) {
            if (posts.get(i).refusedForNow()) {
                waits.add(Duration.ofNanos(posts.get(i + 1).at() - posts.get(i).at()).toSeconds());
            }
        }
        return waits;
    }

    static SlackBench start() throws Exception {
        return new SlackBench(Set.of(), Set.of());
    }

    /** A bench whose channel follows #rl, with {@code papers} rl papers ingested (U0ALICE subscribed it). */
    static SlackBench withRlChannel(int papers) throws Exception {
        SlackBench bench = start();
        try {
            bench.rlPapers(papers);
            bench.ask("U0ALICE", "subscribe rl");
        } catch (Exception | AssertionError e) {
            bench.close();
            throw e;
        }
        return bench;
    }

    static SlackBench start(Set<String> managers) throws Exception {
        return new SlackBench(managers, Set.of());
    }

    static SlackBench start(Set<String> managers, Set<String> curators) throws Exception {
        return new SlackBench(managers, curators);
    }

    /** Reinforcement-learning papers from yesterday, so a channel following #rl has a digest to read. */
    void rlPapers(int count) {
        List<String> lines = new ArrayList<>();
        String published = Instant.now().minus(Duration.ofDays(1)).toString();
        // Distinct papers: the learned ranker rightly keeps near-duplicates out of one digest.
        String[] topics = {"web navigation agents", "theorem proving", "code repair", "robot manipulation", "dialogue systems",
            "math word problems", "tool use", "game playing", "recommendation", "chip placement"};
        for (int i = 1; i <= count; i++) {
            lines.add("{\"id\":\"2507.0000" + i + "\",\"title\":\"Policy Gradient Agents <" + i + "> & Friends\",\"abstract\":\"We study "
                    + "reinforcement learning for " + topics[(i - 1) % topics.length] + ". We propose a policy gradient method with a learned reward "
                    + "that improves results.\",\"authors\":[\"Ada Lovelace\",\"Alan Turing\",\"Grace Hopper\",\"Edsger Dijkstra\"],"
                    + "\"categories\":[\"cs.LG\"],\"published\":\"" + published + "\"}");
        }
        wiring.ingest().ingest(wiring.jsonPapers().parse(lines, Instant.now(), "test"));
    }

    /** Runs {@code /papers <text>} and returns Slack's HTTP answer to it (the ack). */
    HttpResponse<String> command(String user, String text, String responseUrl) throws Exception {
        String body = "token=legacy&team_id=" + FakeSlack.TEAM + "&team_domain=papers&channel_id=" + CHANNEL + "&channel_name=reading"
                + "&user_id=" + user + "&user_name=" + user.toLowerCase() + "&command=" + enc("/papers") + "&text=" + enc(text)
                + "&api_app_id=A0PAPERS&response_url=" + enc(responseUrl) + "&trigger_id=1.2.3";
        return post(body, "application/x-www-form-urlencoded", now());
    }

    /** Runs {@code /papers <text>} and waits for the answer it sends to its response_url. */
    JsonNode ask(String user, String text) throws Exception {
        String id = "cmd" + commands.incrementAndGet();
        HttpResponse<String> ack = command(user, text, slack.responseUrl(id));
        if (ack.statusCode() != 200) {
            throw new AssertionError("command not acknowledged: " + ack.statusCode() + " " + ack.body());
        }
        List<FakeSlack.Call> answers = slack.await("/commands/" + id, 1);
        if (answers.isEmpty()) {
            throw new AssertionError("no answer to /papers " + text);
        }
        return answers.get(0).json();
    }

    /** Delivers an Events API event, as Slack wraps it. */
    HttpResponse<String> event(String eventJson) throws Exception {
        return event(eventJson, "Ev" + UUID.randomUUID().toString().substring(0, 8), 0);
    }

    /**
     * Delivers an event with its id; a {@code retry} above 0 is Slack delivering it again because the first
     * delivery was not acknowledged in time (it says so in {@code X-Slack-Retry-Num} and {@code -Reason}).
     */
    HttpResponse<String> event(String eventJson, String eventId, int retry) throws Exception {
        String body = envelope(eventJson, eventId);
        long timestamp = now();
        HttpRequest.Builder request = request(body, "application/json", timestamp, signer.generate(String.valueOf(timestamp), body));
        if (retry > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Events API's {@code event_callback} wrapper around an event. */
    static String envelope(String eventJson, String eventId) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"api_app_id\":\"A0PAPERS\",\"event\":" + eventJson
                + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":" + now()
                + ",\"authorizations\":[{\"team_id\":\"" + FakeSlack.TEAM + "\",\"user_id\":\"" + FakeSlack.BOT_USER + "\",\"is_bot\":true}]}";
    }

    static String reaction(String type, String user, String emoji, String itemUser, String ts) {
        return reaction(type, user, emoji, itemUser, ts, ts + "1");
    }

    /** A reaction event that Slack stamped {@code eventTs}. */
    static String reaction(String type, String user, String emoji, String itemUser, String ts, String eventTs) {
        return "{\"type\":\"" + type + "\",\"user\":\"" + user + "\",\"reaction\":\"" + emoji + "\",\"item_user\":\"" + itemUser
                + "\",\"item\":{\"type\":\"message\",\"channel\":\"" + CHANNEL + "\",\"ts\":\"" + ts + "\"},\"event_ts\":\"" + eventTs + "\"}";
    }

    HttpResponse<String> post(String body, String contentType, long timestamp) throws Exception {
        return post(body, contentType, timestamp, signer.generate(String.valueOf(timestamp), body));
    }

    HttpResponse<String> post(String body, String contentType, long timestamp, String signature) throws Exception {
        return http.send(request(body, contentType, timestamp, signature).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String body, String contentType, long timestamp, String signature) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
                .header("Content-Type", contentType)
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, String.valueOf(timestamp))
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    Optional<Channel> channel() {
        return wiring.channels().find(new ChannelRef(SlackAdapter.PLATFORM, FakeSlack.TEAM, CHANNEL));
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        adapter.close();
        wiring.close();
        slack.close();
    }
}
