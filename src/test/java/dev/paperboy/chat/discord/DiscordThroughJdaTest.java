package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordPayloads.ADMIN;
import static dev.paperboy.chat.discord.DiscordPayloads.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.PaperCard;
import dev.paperboy.chat.LogCapture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            bot.app.ingest().ingest(bot.app.jsonPapers().parse(lines, JdaRig.NOW, "test"));
        }
    }

    @Test
    void subscribeDigestSearchAndWhyAreAnsweredInTimeAndTheDigestIsAHeaderAndEmbeds() throws Exception {
        ingestPapers();
        var completion = discord.autocomplete(ADMIN, "subscribe", Map.of("tags", "r"), "tags");
        assertThat(discord.await(() -> completion.callback != null, WAIT)).isTrue();
        assertThat(completion.callbackType).as("autocomplete result").isEqualTo(8);
        assertThat(completion.callback.path("choices")).extracting(c -> c.path("value").asText()).contains("rl");

        var subscribe = answer(discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl")));
        assertThat(subscribe.ephemeral()).isFalse();
        assertThat(subscribe.text()).contains("rl");
        var refused = answer(discord.command(MEMBER, false, "unsubscribe", Map.of("tags", "rl")));
        assertThat(refused.ephemeral()).as("a refusal is private").isTrue();

        // All four rl papers, so the paper inspected below is in the digest whatever order the tags give.
        var digest = answer(discord.command(MEMBER, false, "digest", Map.of("size", 4)));
        assertThat(digest.deferred()).isTrue();
        assertThat(digest.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3));
        assertThat(digest.text()).isEqualTo("Posted 4 papers.");
        assertThat(discord.posted).hasSize(5);
        assertThat(discord.posted.get(0).path("content").asText()).startsWith("📰 Paperboy · 2025-07-01 · 4 papers for #rl");
        assertThat(discord.embeds()).hasSize(4).allSatisfy(paper -> {
            assertThat(paper.path("nonce").asText()).isEqualTo(DiscordGateway.nonce(JdaRig.ref(), dev.paperboy.channel.OutgoingMessage.paperKey(LocalDiscord.paperId(paper))));
            assertThat(bot.app.deliveries().paperMessage(JdaRig.ref(), paper.path("id").asText())).as("recorded with its id").isPresent();
        });
        var embed = discord.embeds().stream().filter(p -> LocalDiscord.paperId(p).equals("2506.10001")).findFirst().orElseThrow()
                .path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Policy Gradient Agents for Tool Use");
        assertThat(embed.path("url").asText()).isEqualTo("https://arxiv.org/abs/2506.10001");
        assertThat(embed.path("author").path("name").asText()).isEqualTo("Ada Lovelace, Alan Turing");
        assertThat(embed.path("description").asText()).as("the one-line summary").isNotBlank();
        assertThat(embed.path("fields")).extracting(f -> f.path("name").asText() + ": " + f.path("value").asText())
                .contains("Links: [abstract](https://arxiv.org/abs/2506.10001) · [pdf](https://arxiv.org/pdf/2506.10001)")
                .anyMatch(f -> f.startsWith("Tags: #rl")).anyMatch(f -> f.startsWith("Why: "));
        assertThat(embed.path("footer").path("text").asText()).startsWith("id 2506.10001");
        assertThat(discord.calls("POST", "channels/\\d+/messages")).allSatisfy(post -> {
            assertThat(post.body().path("allowed_mentions").path("parse")).as("no message pings anyone").isEmpty();
        });
        // Each message gets 👍 then 👎 in two requests: wait for both, not for the first to arrive.
        assertThat(discord.await(() -> discord.ownReactions.size() == 4
                && discord.ownReactions.values().stream().allMatch(r -> r.size() >= 2), WAIT)).as("👍 and 👎 under each paper").isTrue();
        assertThat(discord.ownReactions.values()).allSatisfy(r -> assertThat(r).containsExactlyInAnyOrder("👍", "👎"));

        var search = answer(discord.command(MEMBER, false, "search", Map.of("query", "reward models")));
        assertThat(search.deferred()).isTrue();
        assertThat(search.ephemeral()).as("search results are for whoever asked").isTrue();
        assertThat(search.text()).contains("Reward Models for Reinforcement Learning");

        var why = answer(discord.command(MEMBER, false, "why", Map.of("paper", "2506.10002")));
        assertThat(why.deferred()).isFalse();
        assertThat(why.ephemeral()).isTrue();
        assertThat(why.text()).contains("Reward Models for Reinforcement Learning");
        assertThat(discord.interactions.values()).allSatisfy(i -> assertThat(i.acknowledgedAfter()).isLessThan(Duration.ofSeconds(3)));
    }

    @Test
    void membersReactionsArriveAsGatewayEventsAndTheBotsOwnAreIgnored() throws Exception {
        ingestPapers();
        answer(discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl")));
        assertThat(answer(discord.command(MEMBER, false, "digest", Map.of("size", 2))).text()).isEqualTo("Posted 2 papers.");
        var first = discord.embeds().get(0);
        var second = discord.embeds().get(1);
        long liked = first.path("id").asLong();

        discord.react(MEMBER, liked, "👍");
        discord.react(MEMBER, second.path("id").asLong(), "👎🏽");
        assertThat(discord.await(() -> opinion(LocalDiscord.paperId(second)) != null, WAIT)).isTrue();
        assertThat(opinion(LocalDiscord.paperId(first)).liked()).isTrue();
        assertThat(opinion(LocalDiscord.paperId(second)).negative()).isEqualTo(1);

        discord.unreact(MEMBER, liked, "👍");
        assertThat(discord.await(() -> {
            var now = opinion(LocalDiscord.paperId(first));
            return now == null || now.positive() == 0;
        }, WAIT)).as("the 👍 taken back").isTrue();
    }

    @Test
    void aRateLimitedPostIsWaitedOutAndPostedOnce() throws Exception {
        ingestPapers();
        answer(discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl")));
        discord.rateLimitNext("POST channels/\\d+/messages", 0.5);

        var digest = answer(discord.command(MEMBER, false, "digest", Map.of("size", 2)));

        assertThat(digest.text()).isEqualTo("Posted 2 papers.");
        var posts = discord.calls("POST", "channels/\\d+/messages");
        assertThat(posts).extracting(LocalDiscord.Call::status).containsExactly(429, 200, 200, 200);
        assertThat(Duration.ofNanos(posts.get(1).atNanos() - posts.get(0).atNanos())).as("waited out retry_after")
                .isGreaterThanOrEqualTo(Duration.ofMillis(450));
        assertThat(discord.posted).hasSize(3);
    }

    @Test
    void underTheThreadLayoutTheBotStartsAThreadFromTheHeaderAndPostsThePapersThere() throws Exception {
        ingestPapers();
        answer(discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl")));
        answer(discord.command(ADMIN, true, "layout", Map.of("where", "thread")));

        assertThat(answer(discord.command(MEMBER, false, "digest", Map.of("size", 2))).text()).isEqualTo("Posted 2 papers.");

        long header = discord.posted.get(0).path("id").asLong();
        assertThat(discord.threads).containsOnlyKeys(header);
        assertThat(discord.threads.get(header).path("name").asText()).startsWith("📰 Paperboy · 2025-07-01");
        assertThat(discord.embeds()).hasSize(2).allSatisfy(p -> assertThat(p.path("channel_id").asLong()).isEqualTo(header));
        discord.react(MEMBER, discord.embeds().get(0).path("id").asLong(), "👍");
        assertThat(discord.await(() -> opinion(LocalDiscord.paperId(discord.embeds().get(0))) != null, WAIT))
                .as("a reaction in the thread counts for the channel").isTrue();
    }

    @Test
    void aChannelTheBotLostAccessToIsPausedAndResumesOnceAccessIsBack() throws Exception {
        ingestPapers();
        answer(discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl")));
        try (LogCapture log = new LogCapture(dev.paperboy.channel.DigestService.class)) {
            discord.revokeAccess(false);   // the bot's cache does not know yet: Discord itself refuses

            var digest = answer(discord.command(MEMBER, false, "digest", Map.of("size", 2)));

            assertThat(digest.text()).contains("could post only 0 of 2");
            assertThat(bot.stored().settings().paused()).isTrue();
            assertThat(discord.calls("POST", "channels/\\d+/messages")).extracting(LocalDiscord.Call::status).containsOnly(403);
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN channel discord") && line.contains("paused")
                    && line.contains("Missing Access") && line.contains("give Paperboy View Channel, Send Messages and Embed Links"));
        }

        discord.restoreAccess();
        var again = answer(discord.command(MEMBER, false, "digest", Map.of("size", 2)));
        assertThat(again.text()).contains("Posted 2 papers.").contains("scheduled digests are back on");
        assertThat(bot.stored().settings().paused()).isFalse();
    }

    @Test
    void whenTheGatewayTellsTheBotItLostViewChannelJdaRefusesBeforePostingAndTheChannelIsPaused() throws Exception {
        ingestPapers();
        answer(discord.command(ADMIN, true, "subscribe", Map.of("tags", "rl")));
        discord.revokeAccess(true);

        try (LogCapture log = new LogCapture(dev.paperboy.channel.DigestService.class)) {
            var digest = answer(discord.command(MEMBER, false, "digest", Map.of("size", 2)));

            assertThat(digest.text()).contains("could post only 0 of 2");
            assertThat(bot.stored().settings().paused()).isTrue();
            assertThat(discord.calls("POST", "channels/\\d+/messages")).as("JDA knew better than to try").isEmpty();
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN channel discord/")
                    && line.contains("paused: Paperboy lacks the Discord permission View Channels in discord/"));
        }
    }

    @Test
    void aPaperWhoseEveryFieldIsAtItsLongestIsPostedWithinDiscordsLimits() throws Exception {
        PaperCard card = new PaperCard("2507.99999", "T".repeat(1000), java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> "Author " + i + " " + "x".repeat(100)).toList(), "https://arxiv.org/abs/2507.99999",
                "https://arxiv.org/pdf/2507.99999", java.util.stream.IntStream.range(0, 200).mapToObj(i -> "tag" + i).toList(), 0.5,
                "S".repeat(10_000), "W".repeat(5_000));

        String id = bot.adapter.gateway().post(JdaRig.ref(), OutgoingMessage.paper(card.title(), card, Optional.empty()));

        assertThat(discord.messages).containsKey(Long.parseLong(id));
        var embed = discord.messages.get(Long.parseLong(id)).path("embeds").get(0);
        assertThat(embed.path("title").asText()).hasSize(256).endsWith("…");
        assertThat(embed.path("footer").path("text").asText()).startsWith("id 2507.99999");
        assertThat(embed.path("description").asText()).as("the summary gets what the rest leaves").startsWith("SSS").endsWith("…");
    }

    private LocalDiscord.Interaction answer(LocalDiscord.Interaction interaction) throws InterruptedException {
        assertThat(discord.await(() -> interaction.text() != null, WAIT)).as("an answer to interaction %s", interaction.id).isTrue();
        return interaction;
    }

    private dev.paperboy.feedback.Opinion opinion(String paperId) {
        return bot.app.feedback().opinions(bot.stored().id()).get(paperId);
    }
}
