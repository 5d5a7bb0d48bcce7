package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.RoutingGateway;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode, the default: the adapter opens a connection with {@code apps.connections.open}, receives
 * {@code /papers} in an envelope over the WebSocket, acknowledges the envelope and answers on response_url.
 * The WebSocket end is a local server in the role of Slack's.
 */
class SlackSocketModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Slack's end of the socket: says hello, then sends what the test gives it and keeps what the bot sends back. */
    private static final class FakeSocketEnd extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch connected = new CountDownLatch(1);
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        volatile WebSocket bot;

        FakeSocketEnd() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            bot = conn;
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0PAPERS\"}}");
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @Test
    void givenAnAppToken_whenSlackSendsPapersHelpOverTheSocket_thenTheEnvelopeIsAckedAndTheHelpAnswered() throws Exception {
        FakeSocketEnd socket = new FakeSocketEnd();
        socket.start();
        assertThat(socket.started.await(10, TimeUnit.SECONDS)).isTrue();
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(),
                List.of("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        try (FakeSlack slack = new FakeSlack(); Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
            slack.socketModeUrl = "ws://127.0.0.1:" + socket.getPort() + "/link";
            Wiring.ChatServices chat = wiring.chat(new RoutingGateway(), Optional.empty());
            SlackSettings settings = new SlackSettings(FakeSlack.BOT_TOKEN, Optional.of(FakeSlack.APP_TOKEN), Optional.empty(), "/papers",
                    0, "/slack/events", Set.of(), Set.of(), true, Duration.ofSeconds(30), Optional.of(slack.apiUrl()));
            try (SlackAdapter adapter = SlackAdapter.start(settings,
                    new SlackAdapter.Services(chat.commands(), chat.reactions(), wiring.channels(), wiring.clock()))) {
                assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
                assertThat(socket.connected.await(10, TimeUnit.SECONDS)).as("the bot connected to the socket").isTrue();

                socket.bot.send("{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,\"payload\":{"
                        + "\"token\":\"legacy\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"channel_id\":\"C0SOCKET\",\"user_id\":\"U0ALICE\","
                        + "\"command\":\"/papers\",\"text\":\"help\",\"api_app_id\":\"A0PAPERS\",\"response_url\":\""
                        + slack.responseUrl("socket") + "\",\"trigger_id\":\"1.2.3\"}}");

                String ack = socket.received.poll(10, TimeUnit.SECONDS);
                assertThat(ack).isNotNull();
                assertThat(JSON.readTree(ack).get("envelope_id").asText()).isEqualTo("env-1");
                List<FakeSlack.Call> answers = slack.await("/commands/socket", 1);
                assertThat(answers).hasSize(1);
                JsonNode answer = answers.get(0).json();
                assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
                assertThat(answer.get("text").asText()).contains("`/papers digest [n]`");
            }
        } finally {
            socket.stop(1000);
        }
    }
}
