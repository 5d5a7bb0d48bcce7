package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordEvents.autocomplete;
import static dev.paperboy.chat.discord.DiscordEvents.slash;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN Paperboy in a Discord server WHEN members run {@code /papers} subcommands (JDA's slash-command events)
 * THEN they get the answers the grammar promises, changes to the channel need Manage Channels, and private
 * matters stay private.
 */
class DiscordCommandsTest {

    private FakeDiscord discord;

    @BeforeEach
    void open() throws Exception {
        discord = FakeDiscord.open().withPapers();
    }

    @AfterEach
    void close() {
        discord.close();
    }

    @Test
    void aManagerSubscribesWithTypedTagsAndTheWholeChannelSeesIt() {
        var answer = slash(discord, "U1", true, "subscribe", Map.of("tags", "rl, #Reasoning"));

        assertThat(answer.text).contains("Subscribed to #rl #reasoning");
        assertThat(answer.privately).isFalse();
        assertThat(discord.stored().tags()).containsExactlyInAnyOrder("rl", "reasoning");

        var removed = slash(discord, "U1", true, "unsubscribe", Map.of("tags", "reasoning"));
        assertThat(removed.text).contains("Unsubscribed from #reasoning").contains("follows #rl");
        assertThat(discord.stored().tags()).containsExactly("rl");
    }

    @Test
    void aMemberWithoutManageChannelsIsRefusedPrivatelyAndNothingChanges() {
        slash(discord, "admin", true, "subscribe", Map.of("tags", "rl"));

        for (var attempt : new Object[][] {{"subscribe", Map.of("tags", "reasoning")}, {"unsubscribe", Map.of("tags", "rl")},
                {"schedule", Map.of("time", "07:00")}, {"size", Map.of("papers", "2")}, {"layout", Map.of("where", "thread")}}) {
            @SuppressWarnings("unchecked")
            var answer = slash(discord, "U2", false, (String) attempt[0], (Map<String, String>) attempt[1]);
            assertThat(answer.text).as((String) attempt[0]).contains("Only members who may manage this channel");
            assertThat(answer.privately).isTrue();
        }
        assertThat(discord.stored().tags()).containsExactly("rl");
        String settings = slash(discord, "U2", false, "settings", Map.of()).text;
        assertThat(settings).contains("up to 5 papers").contains("each in the channel").contains("09:00");
    }

    @Test
    void anyoneMayLikeDislikeAskWhyAndSeed() {
        slash(discord, "admin", true, "subscribe", Map.of("tags", "rl"));

        var like = slash(discord, "U2", false, "like", Map.of("paper", " 2506.10001 "));
        assertThat(like.text).contains("you like \"Policy Gradient Agents for Tool Use\"");
        assertThat(like.privately).isTrue();
        assertThat(slash(discord, "U2", false, "dislike", Map.of("paper", "https://arxiv.org/abs/2506.10002v2")).text)
                .contains("you don't like \"Reward Models for Reinforcement Learning\"");
        var why = slash(discord, "U2", false, "why", Map.of("paper", "2506.10003"));
        assertThat(why.text).startsWith("\"Offline Reinforcement Learning at Scale\":").contains("#rl");
        assertThat(why.privately).isTrue();
        var seed = slash(discord, "U2", false, "seed", Map.of("papers", "2506.10004, 2599.00001"));
        assertThat(seed.text).contains("Seeded this channel's taste with 1 paper: Q-Learning Revisited").contains("haven't read 2599.00001");
        assertThat(seed.privately).isFalse();

        assertThat(discord.app.feedback().opinions(discord.stored().id()))
                .hasEntrySatisfying("2506.10001", o -> assertThat(o.liked()).isTrue())
                .hasEntrySatisfying("2506.10002", o -> assertThat(o.negative()).isEqualTo(1));
    }

    @Test
    void scheduleTakesTypedZoneAndDaysAsPeopleTypeThem() {
        var answer = slash(discord, "admin", true, "schedule", Map.of("time", "07:30", "zone", "America/New York", "days", "mon, thu"));
        assertThat(answer.text).contains("07:30 America/New_York mon,thu");
        assertThat(answer.privately).isFalse();

        var bad = slash(discord, "admin", true, "schedule", Map.of("time", "7h30"));
        assertThat(bad.text).contains("is not a time");
        assertThat(bad.privately).isTrue();
        var badZone = slash(discord, "admin", true, "schedule", Map.of("time", "07:30", "zone", "Berlin"));
        assertThat(badZone.text).contains("not a time zone I know").contains("Europe/Berlin");

        assertThat(slash(discord, "admin", true, "schedule", Map.of("time", "off")).text).contains("Scheduled digests are off");
        assertThat(slash(discord, "U2", false, "settings", Map.of()).text).contains("Schedule: off");
    }

    @Test
    void sizeLayoutHelpTagsAndSettingsAnswer() {
        assertThat(slash(discord, "admin", true, "size", Map.of("papers", "3")).text).contains("up to 3 papers");
        assertThat(slash(discord, "admin", true, "layout", Map.of("where", "thread")).text).contains("thread under each digest");

        var help = slash(discord, "U2", false, "help", Map.of());
        assertThat(help.text).contains("/papers subscribe <tag>");
        assertThat(help.privately).isTrue();
        var tags = slash(discord, "U2", false, "tags", Map.of());
        assertThat(tags.text).contains("All tags:").contains("reasoning");
        assertThat(tags.privately).isTrue();
        var settings = slash(discord, "U2", false, "settings", Map.of());
        assertThat(settings.text).contains("up to 3 papers").contains("in a thread under the header").contains("Status: active");
        assertThat(settings.privately).isTrue();
    }

    @Test
    void searchIsDeferredToTheCallerAloneAndABadQueryIsRefusedAtOnce() {
        // Who hears a search is the verb's rule, the same as on Slack: only whoever asked.
        var search = slash(discord, "U2", false, "search", Map.of("query", "reinforcement learning"));
        assertThat(search.deferred).isTrue();
        assertThat(search.deferredPrivately).isTrue();
        assertThat(search.text != null || !search.followUps.isEmpty()).as("answered").isTrue();

        var tooLong = slash(discord, "U2", false, "search", Map.of("query", "x".repeat(501)));
        assertThat(tooLong.deferred).isFalse();
        assertThat(tooLong.text).contains("500");
        assertThat(tooLong.privately).isTrue();
    }

    @Test
    void tagsAutocompleteTheLastWordFromTheVocabularyAndUnsubscribeOffersOnlyFollowedTags() {
        var choices = autocomplete(discord, "subscribe", "tags", "rl reas");
        assertThat(choices).extracting(Command.Choice::getAsString).first().isEqualTo("rl reasoning");
        assertThat(choices).extracting(Command.Choice::getAsString).allMatch(v -> v.startsWith("rl ")).doesNotContain("rl rl");
        assertThat(choices).hasSizeLessThanOrEqualTo(25).allMatch(c -> c.getName().length() <= 100);
        assertThat(autocomplete(discord, "subscribe", "tags", "")).hasSize(25);

        slash(discord, "admin", true, "subscribe", Map.of("tags", "rl diffusion"));
        assertThat(autocomplete(discord, "unsubscribe", "tags", "")).extracting(Command.Choice::getAsString)
                .containsExactly("diffusion", "rl");
        assertThat(autocomplete(discord, "subscribe", "tags", "r")).extracting(Command.Choice::getAsString)
                .contains("reasoning").doesNotContain("rl");
    }

    @Test
    void unfollowAndUnmuteAutocompleteTheChannelsOwnFollowsAndMutesWithTheirNumbers() {
        slash(discord, "admin", true, "subscribe", Map.of("tags", "rl"));
        slash(discord, "admin", true, "follow", Map.of("query", "author:\"Albert Gu\""));
        slash(discord, "admin", true, "mute", Map.of("query", "cat:cs.CR"));
        assertThat(autocomplete(discord, "unfollow", "query", "")).extracting(Command.Choice::getName, Command.Choice::getAsString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1. tag:rl", "tag:rl"),
                        org.assertj.core.groups.Tuple.tuple("2. author:\"Albert Gu\"", "author:\"Albert Gu\""));
        assertThat(autocomplete(discord, "unfollow", "query", "gu")).extracting(Command.Choice::getAsString).containsExactly("author:\"Albert Gu\"");
        assertThat(autocomplete(discord, "unmute", "query", "")).extracting(Command.Choice::getAsString).containsExactly("cat:cs.CR");
        assertThat(autocomplete(discord, "follow", "query", "")).isEmpty();
        assertThat(slash(discord, "admin", true, "unfollow", Map.of("query", "author:\"Albert Gu\"")).text).contains("no longer follows");
    }

    @Test
    void zonesAndDaysAutocomplete() {
        assertThat(autocomplete(discord, "schedule", "zone", "new y")).extracting(Command.Choice::getAsString)
                .first().isEqualTo("America/New_York");
        assertThat(autocomplete(discord, "schedule", "zone", "seoul")).extracting(Command.Choice::getAsString).containsExactly("Asia/Seoul");
        assertThat(autocomplete(discord, "schedule", "zone", "")).extracting(Command.Choice::getAsString).contains("UTC", "Europe/Berlin");
        assertThat(autocomplete(discord, "schedule", "days", "we")).extracting(Command.Choice::getAsString)
                .containsExactly("weekdays", "weekends");
    }

    @Test
    void aCommandInADigestThreadIsAboutItsChannel() {
        slash(discord, "admin", true, "subscribe", Map.of("tags", "rl"));
        var answer = slash(discord, discord.threadPlace("1300000000000000099"), "U2", false, "settings", Map.of());
        assertThat(answer.text).contains("Tags: #rl");
    }
}
