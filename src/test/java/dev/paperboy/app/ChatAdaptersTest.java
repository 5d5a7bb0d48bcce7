package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.chat.discord.DiscordSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

/** GIVEN the shipped config or a bad Discord setting WHEN the bot starts its adapters THEN it says clearly what is wrong. */
class ChatAdaptersTest {

    private static Config config(String... sets) throws ConfigException {
        return Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of(sets));
    }

    @Test
    void theShippedDiscordSettingsNeedManageChannelsAndRegisterCommandsGlobally() throws Exception {
        DiscordSettings settings = ChatAdapters.discordSettings(config());
        assertThat(settings.managePermission()).isEqualTo(Permission.MANAGE_CHANNEL);
        assertThat(settings.preAddReactions()).isTrue();
        assertThat(settings.commandGuild()).isEmpty();
        assertThat(settings.sharding()).isFalse();

        DiscordSettings testing = ChatAdapters.discordSettings(config("discord.command-guild=123456789012345678",
                "discord.manage-permission=Manage Server", "discord.sharding=true", "discord.shards=2"));
        assertThat(testing.commandGuild()).contains("123456789012345678");
        assertThat(testing.managePermission()).isEqualTo(Permission.MANAGE_SERVER);
        assertThat(testing.shards()).isEqualTo(2);
        assertThat(settings.apiUrl()).as("Discord's own").isEmpty();
        assertThat(settings.gatewayUrl()).isEmpty();

        DiscordSettings local = ChatAdapters.discordSettings(config("discord.api-url=http://127.0.0.1:8080/api/v10",
                "discord.gateway-url=ws://127.0.0.1:8081/"));
        assertThat(local.apiUrl()).contains("http://127.0.0.1:8080/api/v10/");
        assertThat(local.gatewayUrl()).contains("ws://127.0.0.1:8081/");
        assertThatThrownBy(() -> ChatAdapters.discordSettings(config("discord.gateway-url=https://gateway.example/")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.gateway-url must be a ws(s) URL");
    }

    @Test
    void aBadDiscordSettingOrAnEmptyTokenIsAConfigErrorBeforeAnyConnection() throws Exception {
        assertThatThrownBy(() -> ChatAdapters.discordSettings(config("discord.manage-permission=boss")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.manage-permission").hasMessageContaining("not a Discord permission");
        assertThatThrownBy(() -> ChatAdapters.discordSettings(config("tags.curators=admins,boss")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("tags.curators").hasMessageContaining("role:NAME");
        var curators = ChatAdapters.discordSettings(config("tags.curators=admins,U012ABCDEF,role:Curator,Manage Server")).curators();
        assertThat(curators.permissions()).containsExactly(Permission.MANAGE_SERVER);
        assertThat(curators.roles()).containsExactly("curator");
        assertThatThrownBy(() -> ChatAdapters.discordSettings(config("discord.shards=-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.shards");
        assertThatThrownBy(() -> ChatAdapters.start(null, null, null, Map.of("DISCORD_TOKEN", " ")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DISCORD_TOKEN is set but empty");
    }
}
