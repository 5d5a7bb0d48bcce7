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
 * GIVEN a channel following #rl WHEN a digest is posted through JDA THEN members see a header and one embed per
 * paper, their 👍/👎 on those embeds (added and removed) become the channel's taste, and a post Discord refuses
 * pauses the channel or leaves the papers unread, never lost or doubled.
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
    void aDigestIsAHeaderThenOneEmbedPerPaperEachRecordedWithItsMessageId() {
        // All four rl papers, so the paper inspected below is in the digest whatever order the tagger's confidences give.
        var answer = slash(discord, "U2", false, "digest", Map.of("size", "4"));

        assertThat(answer.deferred).isTrue();
        assertThat(answer.deferredPrivately).isTrue();
        assertThat(answer.text).isEqualTo("Posted 4 papers.");
        assertThat(discord.posts).hasSize(5);
        assertThat(discord.posts.get(0).text()).startsWith("📰 Paperboy · 2025-07-01 · 4 papers for #rl");
        var first = discord.paper("2506.10001");
        assertThat(first.embed().getTitle()).isEqualTo("Policy Gradient Agents for Tool Use");
        assertThat(first.embed().getUrl()).isEqualTo("https://arxiv.org/abs/2506.10001");
        assertThat(first.embed().getAuthor().getName()).isEqualTo("Ada Lovelace, Alan Turing");
        assertThat(first.embed().getDescription()).as("the one-line summary").isNotBlank();
        assertThat(first.embed().getFields()).extracting(f -> f.getName() + ": " + f.getValue())
                .contains("Links: [abstract](https://arxiv.org/abs/2506.10001) · [pdf](https://arxiv.org/pdf/2506.10001)")
                .anyMatch(f -> f.startsWith("Tags: #rl")).anyMatch(f -> f.startsWith("Why: "));
        assertThat(first.embed().getFooter().getText()).startsWith("id 2506.10001");
        assertThat(first.reactions()).containsExactly("👍", "👎");
        assertThat(first.nonce()).isEqualTo(DiscordGateway.nonce(discord.ref(), dev.paperboy.channel.OutgoingMessage.paperKey("2506.10001"))).hasSizeLessThanOrEqualTo(25);
        for (var post : discord.papers()) {
            assertThat(discord.app.deliveries().paperOfMessage(discord.stored().id(), post.id())).isPresent();
        }

        var again = slash(discord, "U2", false, "digest", Map.of());
        assertThat(again.text).startsWith("Nothing new for this channel");
        assertThat(discord.papers()).extracting(FakeDiscord::paperId).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void reactionsAddedAndRemovedOnAPaperBecomeTheChannelsTaste() {
        slash(discord, "U2", false, "digest", Map.of("size", "4"));
        var liked = discord.paper("2506.10001");
        var disliked = discord.paper("2506.10002");

        react(discord, discord.place(), MEMBER, liked.id(), FakeDiscord.BOT, "👍");
        react(discord, discord.place(), MEMBER, disliked.id(), FakeDiscord.BOT, "👎🏽");
        Map<String, Opinion> opinions = discord.app.feedback().opinions(discord.stored().id());
        assertThat(opinions.get("2506.10001").liked()).isTrue();
        assertThat(opinions.get("2506.10002").negative()).isEqualTo(1);

        unreact(discord, discord.place(), MEMBER, liked.id(), "👍");
        assertThat(discord.app.feedback().opinions(discord.stored().id()).get("2506.10001")).satisfiesAnyOf(
                o -> assertThat(o).isNull(), o -> assertThat(o.positive()).isZero());
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
    void missingPermissionsPauseTheChannelAndThePapersStayUnreadUntilPaperboyMayPostAgain() {
        discord.failure = () -> new InsufficientPermissionException(discord.channel, Permission.MESSAGE_EMBED_LINKS);
        discord.botMayPost = false;

        var answer = slash(discord, "U2", false, "digest", Map.of("size", "2"));

        assertThat(answer.text).contains("could post only 0 of 2").contains("Embed Links");
        assertThat(discord.stored().settings().paused()).isTrue();
        assertThat(slash(discord, "U2", false, "settings", Map.of()).text).contains("Status: paused");

        discord.failure = null;
        discord.botMayPost = true;
        var resumed = slash(discord, "U2", false, "digest", Map.of("size", "2"));
        assertThat(resumed.text).contains("Posted 2 papers.").contains("scheduled digests are back on");
        assertThat(discord.stored().settings().paused()).isFalse();
        assertThat(discord.papers()).hasSize(2);
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
    void underTheThreadLayoutPapersGoInAThreadStartedFromTheHeaderAndReactionsThereCount() {
        slash(discord, "admin", true, "layout", Map.of("where", "thread"));

        slash(discord, "U2", false, "digest", Map.of("size", "4"));

        var header = discord.posts.get(0);
        assertThat(discord.threadsStarted).containsExactly("📰 Paperboy · 2025-07-01 · 4 papers for #rl");
        assertThat(discord.papers()).hasSize(4).allSatisfy(p -> assertThat(p.channelId()).isEqualTo(header.id()));
        react(discord, discord.threadPlace(header.id()), MEMBER, discord.paper("2506.10002").id(), FakeDiscord.BOT, "👍");
        assertThat(discord.app.feedback().opinions(discord.stored().id()).get("2506.10002").liked()).isTrue();
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
