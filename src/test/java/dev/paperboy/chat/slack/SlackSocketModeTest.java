package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.feedback.Opinion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Socket Mode, the default: the adapter opens a connection with {@code apps.connections.open}, receives
 * {@code /papers} and events in envelopes over the WebSocket, acknowledges each envelope and answers on
 * response_url. Slack's side is {@link FakeSocketMode}; it asks the app to reconnect, or drops the connection,
 * the way Slack does every few hours, and no command or reaction is lost for it.
 */
class SlackSocketModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CHANNEL = "C0SOCKET";

    private FakeSocketMode socket;
    private FakeSlack slack;
    private Wiring wiring;
    private SlackAdapter adapter;
    private final AtomicInteger envelopes = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        socket = new FakeSocketMode();
        slack = new FakeSlack();
        slack.socketModeUrl = socket.url();
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(),
                List.of("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "embed.enabled=false", "ranking.mode=tags-only"));
        wiring = Wiring.open(config, Clock.systemUTC());
        RoutingGateway routing = new RoutingGateway();
        Wiring.ChatServices chat = wiring.chat(routing, Optional.empty());
        SlackSettings settings = new SlackSettings(FakeSlack.BOT_TOKEN, Optional.of(FakeSlack.APP_TOKEN), Optional.empty(), "/papers",
                0, "/slack/events", Set.of(), Set.of(), true, Duration.ofSeconds(30), Optional.of(slack.apiUrl()));
        assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
        adapter = SlackAdapter.start(settings, new SlackAdapter.Services(chat.commands(), chat.reactions(), wiring.channels(), wiring.clock()));
        routing.register(SlackAdapter.PLATFORM, adapter.gateway());
        assertThat(socket.await(() -> socket.connections.get() == 1, WAIT)).as("the bot connected to the socket").isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            adapter.close();
            wiring.close();
            slack.close();
        } finally {
            socket.stop(1000);
        }
    }

    @Test
    void givenAnAppToken_whenSlackSendsPapersHelpOverTheSocket_thenTheEnvelopeIsAckedAndTheHelpAnswered() throws Exception {
        JsonNode answer = command("help");

        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).contains("`/papers digest [n]`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"refresh_requested", "warning"})
    void givenSlackAsksForANewConnection_whenItSaysDisconnect_thenTheBotReconnectsAndLosesNoCommandOrReaction(String reason) throws Exception {
        String ts = digestOfOne();
        int urls = slack.calls("/api/apps.connections.open").size();

        socket.disconnect(reason);

        assertThat(socket.await(() -> socket.connections.get() == 2, WAIT)).as("a new connection").isTrue();
        assertThat(slack.calls("/api/apps.connections.open")).as("a new URL asked for").hasSize(urls + 1);
        react("reaction_added", ts, "EvAFTER" + reason.length(), 0);
        assertThat(command("settings").get("text").asText()).contains("#rl");
        assertThat(awaitOpinion(o -> o != null && o.liked())).as("the reaction after the reconnect").isTrue();
    }

    @Test
    void givenAConnectionThatDrops_whenSlackDeliversTheUnackedReactionAgain_thenItCountsOnceAndCommandsStillWork() throws Exception {
        String ts = digestOfOne();

        socket.sendAndDrop(reaction("reaction_added", ts, "Ev0DROPPED", 0));

        assertThat(socket.await(() -> socket.connections.get() == 2, WAIT)).as("Bolt's session monitor reconnected").isTrue();
        assertThat(socket.await(() -> socket.acked.contains("env-Ev0DROPPED"), WAIT)).as("the redelivery acked").isTrue();
        assertThat(awaitOpinion(o -> o != null && o.liked())).as("the reaction, delivered again, counted").isTrue();
        assertThat(command("settings").get("text").asText()).contains("#rl");

        // The member takes it back; a late duplicate of the first delivery must not bring it back.
        react("reaction_removed", ts, "Ev0REMOVED", 0);
        assertThat(awaitOpinion(o -> o == null || o.positive() == 0)).isTrue();
        react("reaction_added", ts, "Ev0DROPPED", 2);
        assertThat(socket.await(() -> socket.acked.contains("env-Ev0DROPPED-2"), WAIT)).isTrue();
        assertThat(command("help").get("text").asText()).isNotBlank();
        Opinion last = opinion();
        assertThat(last == null || last.positive() == 0).as("still taken back: %s", last).isTrue();
    }

    /** Ingests rl papers, subscribes the channel and posts a digest of one; the paper message's ts. */
    private String digestOfOne() throws Exception {
        List<String> lines = new ArrayList<>();
        String published = Instant.now().minus(Duration.ofDays(1)).toString();
        for (int i = 1; i <= 2; i++) {
            lines.add("{\"id\":\"2507.0100" + i + "\",\"title\":\"Policy Gradient Agents " + i + "\",\"abstract\":\"We study reinforcement "
                    + "learning for agents. We propose a policy gradient method.\",\"authors\":[\"Ada Lovelace\"],\"categories\":[\"cs.LG\"],"
                    + "\"published\":\"" + published + "\"}");
        }
        wiring.ingest().ingest(wiring.jsonPapers().parse(lines, Instant.now(), "test"));
        command("subscribe rl");
        assertThat(command("digest 1").get("text").asText()).isEqualTo("Posted 1 paper.");
        return slack.calls("/api/chat.postMessage").get(1).ts();
    }

    /** {@code /papers <text>} in an envelope; waits for the ack and the answer on response_url. */
    private JsonNode command(String text) throws Exception {
        String id = "cmd" + envelopes.incrementAndGet();
        ObjectNode envelope = JSON.createObjectNode().put("envelope_id", "env-" + id).put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.putObject("payload").put("token", "legacy").put("team_id", FakeSlack.TEAM).put("channel_id", CHANNEL)
                .put("user_id", "U0ALICE").put("command", "/papers").put("text", text).put("api_app_id", "A0PAPERS")
                .put("response_url", slack.responseUrl(id)).put("trigger_id", "1.2.3");
        socket.send(envelope);
        assertThat(socket.await(() -> socket.acked.contains("env-" + id), WAIT)).as("ack of /papers %s", text).isTrue();
        List<FakeSlack.Call> answers = slack.await("/commands/" + id, 1);
        assertThat(answers).as("answer to /papers %s", text).hasSize(1);
        return answers.get(0).json();
    }

    private void react(String type, String ts, String eventId, int retry) throws Exception {
        socket.send(reaction(type, ts, eventId, retry));
    }

    /** An Events API envelope around a reaction by U0BOB on the bot's message {@code ts}. */
    private static ObjectNode reaction(String type, String ts, String eventId, int retry) throws Exception {
        JsonNode callback = JSON.readTree(SlackBench.envelope(SlackBench.reaction(type, "U0BOB", "+1", FakeSlack.BOT_USER, ts)
                .replace(SlackBench.CHANNEL, CHANNEL), eventId));
        ObjectNode envelope = JSON.createObjectNode().put("envelope_id", "env-" + eventId + (retry > 0 ? "-" + retry : ""))
                .put("type", "events_api").put("accepts_response_payload", false).put("retry_attempt", retry)
                .put("retry_reason", retry > 0 ? "timeout" : "");
        envelope.set("payload", callback);
        return envelope;
    }

    private Opinion opinion() {
        long channel = wiring.channels().find(new ChannelRef(SlackAdapter.PLATFORM, FakeSlack.TEAM, CHANNEL)).orElseThrow().id();
        return wiring.feedback().opinions(channel).values().stream().findFirst().orElse(null);
    }

    private boolean awaitOpinion(java.util.function.Predicate<Opinion> wanted) throws InterruptedException {
        return socket.await(() -> wanted.test(opinion()), WAIT);
    }
}
