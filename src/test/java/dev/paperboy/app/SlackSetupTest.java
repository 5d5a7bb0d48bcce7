package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.chat.slack.SlackSettings;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code paperboy run} with Slack credentials: settings from env and config, and a loud stop on a rejected token. */
class SlackSetupTest {

    private static Config config(String... sets) throws ConfigException {
        List<String> all = new java.util.ArrayList<>(List.of(sets));
        all.add("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), all);
    }

    @Test
    void givenOnlyABotToken_whenTheBotStarts_thenItSaysWhichOtherTokenItNeeds() {
        assertThatThrownBy(() -> ChatAdapters.slackSettings(config(), Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SLACK_APP_TOKEN (Socket Mode)").hasMessageContaining("SLACK_SIGNING_SECRET (HTTP mode)");
    }

    @Test
    void givenBothAnAppTokenAndASigningSecret_whenTheBotStarts_thenSocketModeWinsAndManagersComeFromConfig() throws Exception {
        SlackSettings settings = ChatAdapters.slackSettings(config("slack.managers=U0BOSS, admins"),
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1", "SLACK_SIGNING_SECRET", "s3cret"));

        assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
        assertThat(settings.managers()).containsExactlyInAnyOrder("U0BOSS", "admins");
        assertThat(settings.curators()).as("tags.curators' default, Slack's part").containsExactly("admins");
        assertThat(ChatAdapters.slackSettings(config("tags.curators=U0CURATOR, MANAGE_SERVER, role:Curator"),
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")).curators()).containsExactly("U0CURATOR");
        assertThat(settings.command()).isEqualTo("/papers");
        assertThat(settings.toString()).doesNotContain("xoxb-1").doesNotContain("xapp-1").doesNotContain("s3cret");
    }

    @Test
    void givenATokenSlackRejects_whenAdaptersStart_thenRunStopsWithTheReasonAndNotTheToken() throws Exception {
        HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/api/", exchange -> {
            byte[] body = "{\"ok\":false,\"error\":\"invalid_auth\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        slack.start();
        Config config = config("slack.api-url=http://127.0.0.1:" + slack.getAddress().getPort() + "/api/");
        try (Wiring app = Wiring.open(config, Clock.systemUTC())) {
            RoutingGateway routing = new RoutingGateway();
            Wiring.ChatServices chat = app.chat(routing, Optional.empty());

            assertThatThrownBy(() -> ChatAdapters.start(app, chat, routing,
                    Map.of("SLACK_BOT_TOKEN", "xoxb-revoked-42", "SLACK_SIGNING_SECRET", "s3cret")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("Slack rejected SLACK_BOT_TOKEN (invalid_auth)")
                    .message().doesNotContain("xoxb-revoked-42");
        } finally {
            slack.stop(0);
        }
    }
}
