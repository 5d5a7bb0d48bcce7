package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordEvents.slash;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.PaperCard;
import dev.paperboy.paper.HostilePapers;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN papers whose titles and abstracts carry markup, masked links and mentions WHEN Discord shows them (search
 * replies, digest embeds) THEN they are written in Discord's own markdown, with what came from the paper escaped and
 * clipped within every Discord limit.
 */
class DiscordMarkupTest {

    private static final String MASKED = "[click me](https://evil.example/phish)";
    private FakeDiscord discord;

    @BeforeEach
    void open() throws Exception {
        discord = FakeDiscord.open();
        Paper markup = new Paper("2506.20001", "Reinforcement *learning* agents " + MASKED + " @everyone",
                "We propose " + MASKED + ", reinforcement learning agents trained with a policy gradient method.", List.of("Ada *Lovelace*"),
                List.of("cs.LG"), FakeDiscord.NOW.minusSeconds(86_400), 0, 1, "test");
        discord.app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES,
                List.of(markup, HostilePapers.paper("2506.20002", FakeDiscord.NOW.minusSeconds(86_400))), Map.of(), Optional.empty(), List.of()));
    }

    @AfterEach
    void close() {
        discord.close();
    }

    @Test
    void givenATitleWithMarkup_whenSearched_thenTheReplyIsDiscordMarkdownWithThePapersTextEscaped() {
        String text = slash(discord, "U2", false, "search", Map.of("query", "reinforcement learning agents")).text;
        assertThat(text).contains("**Reinforcement \\*learning\\* agents \\[click me\\]\\(https://evil.example/phish\\) @\u200Beveryone**")
                .doesNotContain(MASKED).doesNotContain("@everyone").doesNotContain("1. *Reinforcement");
        assertThat(text.length()).isLessThanOrEqualTo(2_000);
    }

    @Test
    void givenHostilePapers_whenADigestPostsThem_thenEachEmbedIsEscapedAndSendable() {
        slash(discord, "admin", true, "subscribe", Map.of("tags", "rl"));
        assertThat(slash(discord, "U2", false, "digest", Map.of("size", "2")).text).isEqualTo("Posted 2 papers.");
        for (var post : discord.papers()) {
            assertSafe(post.embed());
        }
        assertThat(discord.paper("2506.20001").embed().getDescription()).doesNotContain(MASKED).contains("click me");
    }

    @Test
    void givenCardsAtAndPastEveryLimit_whenMadeIntoEmbeds_thenEachIsSendable() {
        for (int size : new int[] {1, 255, 256, 257, 1_023, 1_024, 1_025, 2_047, 2_048, 2_049, 4_095, 4_096, 4_097, 6_000, 30_000}) {
            String text = HostilePapers.repeat(size);
            assertSafe(PaperEmbeds.of(new PaperCard("id" + text, text, List.of(text, text), "https://arxiv.org/abs/2507.00001",
                    "https://arxiv.org/pdf/2507.00001", List.of("rl"), 1, text, text)));
        }
    }

    private static void assertSafe(MessageEmbed embed) {
        assertThat(embed.isSendable()).as("within 6,000 and every field's limit").isTrue();
        assertThat(embed.getTitle().length()).isLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH);
        assertThat(embed.getDescription().length()).isLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(embed.getFooter().getText().length()).isLessThanOrEqualTo(MessageEmbed.TEXT_MAX_LENGTH);
        for (String rendered : new String[] {embed.getTitle(), embed.getDescription(), field(embed, "Why")}) {
            assertThat(rendered).doesNotContain("](https://evil").doesNotContain("@everyone").doesNotContain("<@U0BOSS>")
                    .doesNotContainPattern("(^|[^\\\\])\\*bold");
        }
        embed.getFields().forEach(f -> assertThat(f.getValue().length()).isLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH));
    }

    private static String field(MessageEmbed embed, String name) {
        return embed.getFields().stream().filter(f -> name.equals(f.getName())).map(MessageEmbed.Field::getValue).findFirst().orElse("");
    }
}
