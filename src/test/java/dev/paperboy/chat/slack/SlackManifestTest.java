package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GIVEN the app manifest a user pastes into Slack THEN it asks for what the adapter handles and calls, and names the default command. */
class SlackManifestTest {

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void givenTheShippedManifest_thenItSubscribesEveryEventTheAdapterHandlesWithTheScopesItUses() throws Exception {
        JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/slack-manifest.yaml").toFile());
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/paperboy.yaml").toFile());

        assertThat(manifest.at("/features/slash_commands/0/command").asText()).isEqualTo(config.at("/slack/command").asText());
        assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events")))
                .containsExactlyInAnyOrder("reaction_added", "reaction_removed", "member_joined_channel");
        assertThat(texts(manifest.at("/oauth_config/scopes/bot")))
                .contains("chat:write", "commands", "reactions:read", "reactions:write", "channels:read", "groups:read", "users:read",
                        "files:write")
                .as("posting without being invited would post where no reaction ever reaches Paperboy")
                .doesNotContain("chat:write.public");
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
    }
}
