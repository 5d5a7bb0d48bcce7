package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordPayloads.ADMIN;
import static dev.paperboy.chat.discord.DiscordPayloads.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN Paperboy started with a bot token against a local Discord (REST and gateway v10) WHEN members use
 * {@code /papers} and react THEN a real JDA logs in, registers the command, answers every interaction within
 * Discord's 3 s, posts digests as a header and embeds within Discord's limits, and turns reactions into taste.
 */
class DiscordThroughJdaTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private LocalDiscord discord;
    private JdaRig bot;

    @BeforeEach
    void start() throws Exception {
        discord = new LocalDiscord();
        bot = JdaRig.start(discord, LocalDiscord.TOKEN);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            discord.close();
        }
        assertThat(discord.violations).as("what Discord would have refused").isEmpty();
    }

    @Test
    void theBotLogsInWithItsTokenIdentifiesWithOnlyTheReactionIntentAndRegistersPapers() throws Exception {
        assertThat(discord.calls("GET", "users/@me")).hasSize(1);
        assertThat(discord.gateway.queries).first().asString().contains("v=10").contains("encoding=json").contains("compress=zlib-stream");
        assertThat(discord.gateway.identifyPayloads).hasSize(1);
        int intents = discord.gateway.identifyPayloads.get(0).path("intents").asInt();
        assertThat(GatewayIntent.getIntents(intents)).as("no privileged intent").containsExactly(GatewayIntent.GUILD_MESSAGE_REACTIONS);
        assertThat(intents & 1).as("GUILDS, which JDA always asks for").isEqualTo(1);
        assertThat(discord.await(() -> discord.commands.size() == 1, WAIT)).as("/papers registered").isTrue();
        assertThat(discord.commandsPath).isEqualTo("applications/" + DiscordPayloads.BOT + "/commands");
        assertThat(discord.commands.get(0).path("name").asText()).isEqualTo("papers");
        assertThat(discord.await(() -> discord.gateway.heartbeats.get() >= 1, WAIT)).as("a heartbeat, acknowledged").isTrue();

        var help = discord.command(MEMBER, false, "help", Map.of());
        assertThat(discord.await(() -> help.text() != null, WAIT)).isTrue();
        assertThat(help.ephemeral()).isTrue();
        assertThat(help.text()).contains("/papers");
    }

    private void ingestPapers() throws Exception {
        try (InputStream in = DiscordThroughJdaTest.class.getResourceAsStream("/discord/papers.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            bot.app.ingest.ingest(bot.app.jsonPapers.parse(lines, JdaRig.NOW, "test"));
        }
    }

    @Test
    void subscribeDigestAndWhyAreAnsweredInTimeAndTheDigestIsAHeaderAndEmbeds() throws Exception {
        ingestPapers();
        var subscribe = discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl"));
        assertThat(discord.await(() -> subscribe.text() != null, WAIT)).isTrue();
        assertThat(subscribe.ephemeral()).isFalse();
        assertThat(subscribe.text()).contains("rl");

        var digest = discord.command(MEMBER, false, "digest", Map.of("size", 2));
        assertThat(discord.await(() -> digest.text() != null, WAIT)).isTrue();
        assertThat(digest.deferred()).isTrue();
        assertThat(digest.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3));
        assertThat(digest.text()).isEqualTo("Posted 2 papers.");
        assertThat(discord.posted).hasSize(3);
        assertThat(discord.posted.get(0).path("content").asText()).startsWith("📰 Paperboy · 2025-07-01 · 2 papers for #rl");
        assertThat(discord.embeds()).hasSize(2);
    }
}
