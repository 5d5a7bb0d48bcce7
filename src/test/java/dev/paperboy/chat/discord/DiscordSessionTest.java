package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordPayloads.ADMIN;
import static dev.paperboy.chat.discord.DiscordPayloads.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.chat.LogCapture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a logged-in bot WHEN Discord's gateway asks it to reconnect (op 7) or invalidates its session (op 9) THEN
 * JDA resumes (or identifies again) and nothing a member did meanwhile is lost. And WHEN the token, the intents or
 * the invite are wrong THEN Paperboy says so in a sentence a newcomer can act on.
 */
class DiscordSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private LocalDiscord discord;
    private JdaRig bot;

    @BeforeEach
    void open() throws Exception {
        discord = new LocalDiscord();
    }

    @AfterEach
    void close() throws Exception {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            discord.close();
        }
        assertThat(discord.violations).isEmpty();
    }

    @Test
    void afterAReconnectRequestTheSessionResumesAndAReactionSentMeanwhileIsNotLost() throws Exception {
        bot = JdaRig.start(discord, LocalDiscord.TOKEN);
        long paper = digestOfOne();

        discord.gateway.requestReconnect();
        discord.react(MEMBER, paper, "👍");   // Discord keeps it for the session while the bot is away

        assertThat(discord.await(() -> discord.gateway.resumes.get() == 1, WAIT)).as("RESUME sent").isTrue();
        String paperId = LocalDiscord.paperId(discord.messages.get(paper));
        assertThat(discord.await(() -> opinion(paperId) != null, WAIT)).as("the reaction replayed on resume").isTrue();
        assertThat(opinion(paperId).liked()).isTrue();
        assertThat(discord.gateway.identifies.get()).as("resumed, not a new session").isEqualTo(1);
        var help = discord.command(MEMBER, false, "help", Map.of());
        assertThat(discord.await(() -> help.text() != null, WAIT)).isTrue();
    }

    @Test
    void anInvalidatedSessionIsResumedWhenDiscordAllowsItAndStartedAgainWhenNot() throws Exception {
        bot = JdaRig.start(discord, LocalDiscord.TOKEN);

        discord.gateway.invalidateSession(true);
        assertThat(discord.await(() -> discord.gateway.resumes.get() == 1, WAIT)).as("resumable: RESUME").isTrue();

        discord.gateway.invalidateSession(false);
        // JDA's session queue spaces IDENTIFYs 5 s apart, as Discord asks.
        assertThat(discord.await(() -> discord.gateway.identifies.get() == 2, WAIT)).as("not resumable: IDENTIFY again").isTrue();
        var help = discord.command(MEMBER, false, "help", Map.of());
        assertThat(discord.await(() -> help.text() != null, WAIT)).as("the new session answers commands").isTrue();
    }

    @Test
    void withShardingTheBotAsksForTheShardCountAndIdentifiesAsTheOneShard() throws Exception {
        bot = JdaRig.start(discord, LocalDiscord.TOKEN, "discord.sharding=true", "discord.shards=0");

        assertThat(discord.calls("GET", "gateway/bot")).as("Discord's recommended shard count").isNotEmpty();
        assertThat(discord.gateway.identifyPayloads).singleElement().satisfies(identify ->
                assertThat(identify.path("shard").toString()).isEqualTo("[0,1]"));
        assertThat(discord.await(() -> discord.commands.size() == 1, WAIT)).as("/papers registered by shard 0").isTrue();
        var help = discord.command(MEMBER, false, "help", Map.of());
        assertThat(discord.await(() -> help.text() != null, WAIT)).isTrue();
    }

    @Test
    void aWrongTokenStopsTheStartWithASentenceAndTheTokenIsNeverPrinted() {
        assertThatThrownBy(() -> bot = JdaRig.start(discord, "not-the-token"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Discord refused DISCORD_TOKEN: check the bot token in the Developer Portal (Bot > Reset Token)")
                .hasMessageNotContaining("not-the-token");
        assertThat(discord.calls("GET", "users/@me")).extracting(LocalDiscord.Call::status).containsExactly(401);
    }

    @Test
    void disallowedIntentsStopTheStartWithASentence() {
        discord.gateway.closeOnIdentify = 4014;
        assertThatThrownBy(() -> bot = JdaRig.start(discord, LocalDiscord.TOKEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Discord refused the gateway intents Paperboy asked for (close code 4014)")
                .hasMessageContaining("Privileged Gateway Intents");
    }

    @Test
    void aBotInvitedWithoutTheCommandsScopeLogsHowToInviteItAgain() throws Exception {
        discord.commandsScopeMissing = true;
        try (LogCapture log = new LogCapture(DiscordListener.class); LogCapture invite = new LogCapture(DiscordAdapter.class)) {
            bot = JdaRig.start(discord, LocalDiscord.TOKEN);
            assertThat(discord.await(() -> !discord.calls("PUT", "applications/\\d+/commands").isEmpty(), WAIT)).isTrue();
            assertThat(discord.await(() -> log.lines().stream().anyMatch(l -> l.startsWith("ERROR could not register")), WAIT)).isTrue();
            assertThat(log.lines()).contains("ERROR could not register /papers: Discord answered Missing Access: invite Paperboy again with "
                    + "the invite URL logged above, which asks for the applications.commands scope");
            assertThat(invite.lines()).anyMatch(l -> l.startsWith("INFO invite Paperboy to a server with https://discord.com/oauth2/authorize?")
                    && l.contains("scope=applications.commands+bot") && l.contains("permissions=" + DiscordPayloads.BOT_PERMISSIONS));
        }
    }

    /** A digest of one paper; the paper message's id. */
    private long digestOfOne() throws Exception {
        try (InputStream in = DiscordSessionTest.class.getResourceAsStream("/discord/papers.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            bot.app.ingest().ingest(bot.app.jsonPapers().parse(lines, JdaRig.NOW, "test"));
        }
        var subscribe = discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl"));
        assertThat(discord.await(() -> subscribe.text() != null, WAIT)).isTrue();
        var digest = discord.command(MEMBER, false, "digest", Map.of("size", 1));
        assertThat(discord.await(() -> "Posted 1 paper.".equals(digest.text()), WAIT)).as("digest: %s", digest.text()).isTrue();
        return discord.embeds().get(0).path("id").asLong();
    }

    private dev.paperboy.feedback.Opinion opinion(String paperId) {
        return bot.app.feedback().opinions(bot.stored().id()).get(paperId);
    }
}
