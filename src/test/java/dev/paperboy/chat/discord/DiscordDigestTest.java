package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordEvents.react;
import static dev.paperboy.chat.discord.DiscordEvents.slash;
import static dev.paperboy.chat.discord.DiscordEvents.unreact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.feedback.Opinion;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With JDA's types mocked, what the local-Discord tests ({@code DiscordThroughJdaTest}) do not reach cheaply:
 * reactions that must not count, a 5xx after JDA's own retries, a channel gone from JDA's cache, and a channel
 * where threads may not be started. Digests, reactions, pauses and threads through a real JDA are tested there.
 */
class DiscordDigestTest {

    private static final long MEMBER = 1500000000000000001L;

    private FakeDiscord discord;

    @BeforeEach
    void open() throws Exception {
        discord = FakeDiscord.open().withPapers();
        slash(discord, "admin", true, "subscribe", Map.of("tags", "rl"));
    }

    @AfterEach
    void close() {
        discord.close();
    }

    @Test
    void reactionsNotFromMembersOrNotOnPaperboysPapersAreIgnored() {
        slash(discord, "U2", false, "digest", Map.of("size", "1"));
        var header = discord.posts.get(0);
        var paper = discord.papers().get(0);

        react(discord, discord.place(), FakeDiscord.BOT, paper.id(), FakeDiscord.BOT, "👍");      // the bot's own pre-added 👍
        react(discord, discord.place(), MEMBER, header.id(), FakeDiscord.BOT, "👍");              // the header carries no paper
        react(discord, discord.place(), MEMBER, "1399999999999999999", MEMBER, "👍");            // someone else's message
        react(discord, discord.place(), MEMBER, paper.id(), FakeDiscord.BOT, "🦄");               // an emoji that means nothing

        assertThat(discord.app.feedback().opinions(discord.stored().id())).isEmpty();
    }

    @Test
    void discordRefusingAccessPausesButAServerErrorOnlyStopsThisDigest() {
        discord.failure = () -> ErrorResponseException.create(ErrorResponse.SERVER_ERROR, new Response(null, 502, "Bad Gateway", -1, Set.of()));
        var transientFailure = slash(discord, "U2", false, "digest", Map.of("size", "2"));
        assertThat(transientFailure.text).contains("could post only 0 of 2").contains("try again later");
        assertThat(discord.stored().settings().paused()).isFalse();

        discord.failure = () -> ErrorResponseException.create(ErrorResponse.MISSING_ACCESS, new Response(null, 403, "Forbidden", -1, Set.of()));
        slash(discord, "U2", false, "digest", Map.of("size", "2"));
        assertThat(discord.stored().settings().paused()).isTrue();
        assertThat(discord.stored().settings().pausedReason()).contains("Missing Access");
    }

    @Test
    void aChannelPaperboyCannotSeeAnyMoreIsPaused() {
        discord.app.channels().getOrCreate(new dev.paperboy.channel.ChannelRef("discord", FakeDiscord.GUILD, "1200000000000000777"),
                discord.app.channelDefaults(), FakeDiscord.NOW);
        var outcome = discord.chat.digests().post(discord.app.channels().find(
                new dev.paperboy.channel.ChannelRef("discord", FakeDiscord.GUILD, "1200000000000000777")).orElseThrow(), 2, FakeDiscord.NOW);
        assertThat(outcome.posted()).isZero();
        assertThat(outcome.problem()).get().asString().contains("cannot see Discord channel");
    }

    @Test
    void withoutThreadPermissionsPapersReplyToTheHeaderInstead() {
        slash(discord, "admin", true, "layout", Map.of("where", "thread"));
        discord.botMayPost = false;  // no Create Public Threads; JDA itself checks Send Messages and would throw

        slash(discord, "U2", false, "digest", Map.of("size", "2"));

        var header = discord.posts.get(0);
        assertThat(discord.threadsStarted).isEmpty();
        assertThat(discord.papers()).allSatisfy(p -> {
            assertThat(p.channelId()).isEqualTo(FakeDiscord.CHANNEL);
            assertThat(p.replyTo()).isEqualTo(header.id());
        });
        assertThat(discord.stored().settings().paused()).isFalse();
    }
}
