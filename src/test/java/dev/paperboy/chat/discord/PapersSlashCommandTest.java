package dev.paperboy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.channel.PaperCard;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

/** What Discord is told about {@code /papers}, how a paper looks as an embed, and the adapter's settings. */
class PapersSlashCommandTest {

    @Test
    void everyVerbOfTheGrammarIsASubcommandWithTypedOptions() {
        var command = PapersSlashCommand.definition();
        assertThat(command.getSubcommands()).extracting(SubcommandData::getName).containsExactly("help", "tags", "subscribe",
                "unsubscribe", "follow", "unfollow", "mute", "unmute", "digest", "search", "schedule", "size", "layout", "bar", "seed", "unseed", "forget", "saved", "like", "dislike", "why", "settings",
                "tag");
        Map<String, SubcommandData> byName = new java.util.HashMap<>();
        command.getSubcommands().forEach(s -> byName.put(s.getName(), s));
        OptionData size = byName.get("size").getOptions().get(0);
        assertThat(size.getType()).isEqualTo(OptionType.INTEGER);
        assertThat(size.getMinValue()).isEqualTo(1L);
        assertThat(size.getMaxValue()).isEqualTo(20L);
        assertThat(byName.get("subscribe").getOptions().get(0).isAutoComplete()).isTrue();
        assertThat(byName.get("unfollow").getOptions().get(0).isAutoComplete()).isTrue();
        assertThat(byName.get("unmute").getOptions().get(0).isAutoComplete()).isTrue();
        assertThat(byName.get("follow").getOptions().get(0).isAutoComplete()).isFalse();
        assertThat(byName.get("schedule").getOptions()).extracting(OptionData::getName, OptionData::isAutoComplete)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("time", false), org.assertj.core.groups.Tuple.tuple("zone", true),
                        org.assertj.core.groups.Tuple.tuple("days", true));
        assertThat(byName.get("layout").getOptions().get(0).getChoices()).hasSize(2);
        assertThat(command.getContexts()).as("guilds only, never DMs").containsExactly(InteractionContextType.GUILD);
    }

    @Test
    void optionsBecomeTheGrammarsText() {
        assertThat(PapersSlashCommand.text("subscribe", opts(Map.of("tags", "rl,  #reasoning ")))).isEqualTo("subscribe rl #reasoning");
        assertThat(PapersSlashCommand.text("digest", opts(Map.of()))).isEqualTo("digest");
        assertThat(PapersSlashCommand.text("bar", opts(Map.of("level", " 0.6 ")))).isEqualTo("bar 0.6");
        assertThat(PapersSlashCommand.text("schedule", opts(Map.of("time", " 07:30", "zone", "America/Los Angeles", "days", "mon, fri"))))
                .isEqualTo("schedule 07:30 America/Los_Angeles mon,fri");
        assertThat(PapersSlashCommand.text("search", opts(Map.of("query", "diffusion tag:rl")))).isEqualTo("search diffusion tag:rl");
        assertThat(PapersSlashCommand.text(null, opts(Map.of()))).isEqualTo("help");
        assertThat(PapersSlashCommand.text("follow", opts(Map.of("query", "author:\"Albert Gu\"")))).isEqualTo("follow author:\"Albert Gu\"");
        assertThat(PapersSlashCommand.text("unmute", opts(Map.of("query", "2")))).isEqualTo("unmute 2");
        assertThat(PapersSlashCommand.text("tag", opts(Map.of("paper", " citeulike-1 ", "changes", "+rl, -diffusion"))))
                .isEqualTo("tag citeulike-1 +rl -diffusion");
        assertThat(PapersSlashCommand.text("unseed", opts(Map.of("papers", "2501.00001, 2501.00002")))).isEqualTo("unseed 2501.00001 2501.00002");
    }

    @Test
    void aPaperEmbedStaysWithinDiscordsLimits() {
        PaperCard card = new PaperCard("pb-abc", "T".repeat(400), List.of("A", "B", "C", "D", "E", "F", "G", "H"), "", "",
                List.of("rl"), 1.0, "S".repeat(5000), "matches #rl");
        MessageEmbed embed = PaperEmbeds.of(card);
        assertThat(embed.getTitle()).hasSize(MessageEmbed.TITLE_MAX_LENGTH).endsWith("…");
        assertThat(embed.getUrl()).isNull();
        assertThat(embed.getAuthor().getName()).isEqualTo("A, B, C, D, E, F et al.");
        assertThat(embed.getDescription()).hasSize(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName).containsExactly("Tags", "Why");
        assertThat(embed.isSendable()).isTrue();

        MessageEmbed untitled = PaperEmbeds.of(new PaperCard("pb-abc", " ", List.of(" "), "", "", List.of(), 0, "", ""));
        assertThat(untitled.getTitle()).isEqualTo("Paper pb-abc");
        assertThat(untitled.getAuthor()).isNull();
    }

    @Test
    void theManagePermissionIsReadAsJdaOrDiscordSpellsIt() {
        assertThat(DiscordSettings.permission("MANAGE_CHANNEL")).isEqualTo(Permission.MANAGE_CHANNEL);
        assertThat(DiscordSettings.permission("Manage Channels")).isEqualTo(Permission.MANAGE_CHANNEL);
        assertThat(DiscordSettings.permission("manage-server")).isEqualTo(Permission.MANAGE_SERVER);
        assertThatThrownBy(() -> DiscordSettings.permission("boss")).hasMessageContaining("not a Discord permission")
                .hasMessageContaining("MANAGE_CHANNEL");
        assertThatThrownBy(() -> new DiscordSettings(Permission.MANAGE_CHANNEL, Curators.of(List.of()), true, Optional.of("my-server"), false, 0))
                .hasMessageContaining("server id");
    }

    @Test
    void theInviteInTheReadmeAsksForWhatPaperboyUsesAndNothingMore() throws Exception {
        long raw = Permission.getRaw(DiscordAdapter.INVITE_PERMISSIONS);
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md"))).contains("permissions=" + raw);
        assertThat(DiscordAdapter.INVITE_PERMISSIONS).doesNotContain(Permission.ADMINISTRATOR, Permission.MANAGE_SERVER,
                Permission.MANAGE_CHANNEL, Permission.MESSAGE_MANAGE);
    }

    private static java.util.function.Function<String, Optional<String>> opts(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
