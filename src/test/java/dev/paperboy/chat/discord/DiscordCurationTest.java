package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordEvents.member;
import static dev.paperboy.chat.discord.DiscordEvents.slash;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.tag.TagScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN curators configured as {@code tags.curators: [MANAGE_SERVER, role:Curator]} WHEN members run the
 * {@code /papers tag} subcommand THEN anyone sees a paper's tags, but only a curator changes them: Manage Channels
 * in one channel is not enough, as the change reaches every channel.
 */
class DiscordCurationTest {

    private static final String PAPER = "2506.10001";
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
    void givenAChannelManagerWhoIsNoCurator_whenTheyCorrectAPapersTags_thenTheyAreRefusedPrivatelyAndNothingChanges() {
        List<String> before = tags();
        assertThat(before).contains("rl");

        var look = slash(discord, "U2", member(false), "tag", Map.of("paper", PAPER));
        assertThat(look.text).contains("#rl").contains("by the tagger");

        for (String changes : List.of("-rl", "reset")) {
            var refused = slash(discord, "U1", member(true), "tag", Map.of("paper", PAPER, "changes", changes));
            assertThat(refused.text).as(changes).contains("Only curators");
            assertThat(refused.privately).isTrue();
        }
        assertThat(tags()).isEqualTo(before);
    }

    @Test
    void givenAMemberWithTheCuratorRole_whenTheyCorrectAPapersTags_thenTheTagsChange() {
        var corrected = slash(discord, "U3", member(false, "curator"), "tag", Map.of("paper", PAPER, "changes", "+robotics, -rl"));
        assertThat(corrected.text).contains("#robotics").doesNotContain("#rl ");
        assertThat(tags()).contains("robotics").doesNotContain("rl");
    }

    private List<String> tags() {
        return discord.app.tags().effectiveTags(List.of(PAPER)).getOrDefault(PAPER, List.of()).stream().map(TagScore::tag).toList();
    }
}
