package dev.paperboy.chat.discord;

import dev.paperboy.channel.CommandParser;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /papers} as Discord shows it: one subcommand per verb of the platform-neutral grammar, with typed
 * options. The options are turned back into the grammar's text, so Discord and Slack share one parser and
 * every validation message (a bad time, zone or id) reads the same on both.
 */
final class PapersSlashCommand {

    static final String NAME = "papers";
    /** The attachment option of {@code seed}. */
    static final String FILE = "file";

    /** Subcommands that may outlast Discord's 3 seconds, so their reply is deferred. */
    static boolean slow(String subcommand) {
        // seed may fetch from arXiv (3 s apart) and download an attachment.
        return "digest".equals(subcommand) || "search".equals(subcommand) || "seed".equals(subcommand);
    }

    private PapersSlashCommand() {
    }

    static SlashCommandData definition() {
        return Commands.slash(NAME, "Research papers for this channel: digests, tags, search and feedback")
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData("help", "What Paperboy does and how to steer it"),
                        new SubcommandData("tags", "Every tag, and the ones this channel follows"),
                        new SubcommandData("subscribe", "Follow tags (needs Manage Channels)")
                                .addOptions(tags("Tags to follow, separated by spaces, e.g. rl reasoning")),
                        new SubcommandData("unsubscribe", "Stop following tags (needs Manage Channels)")
                                .addOptions(tags("Tags to stop following, separated by spaces")),
                        query("follow", "Follow papers matching a search: author:\"Albert Gu\", cat:cs.RO, \"a phrase\" (needs Manage Channels)",
                                "Words and filters as in search (tag: author: cat:), no since:"),
                        query("unfollow", "Stop following (needs Manage Channels)", "The follow, or its number in settings", true),
                        query("mute", "Keep papers matching a search out of digests (needs Manage Channels)",
                                "Words and filters as in search (tag: author: cat:), no since:"),
                        query("unmute", "Stop muting (needs Manage Channels)", "The mute, or its number in settings", true),
                        new SubcommandData("digest", "Post a digest now")
                                .addOptions(new OptionData(OptionType.INTEGER, "size", "How many papers (default: the channel's size)", false)
                                        .setRequiredRange(1, CommandParser.MAX_SIZE)),
                        new SubcommandData("search", "Search every paper Paperboy has read")
                                .addOptions(new OptionData(OptionType.STRING, "query", "Words, with filters tag: author: cat: since:YYYY-MM-DD", true)
                                        .setMaxLength(CommandParser.MAX_QUERY)),
                        new SubcommandData("schedule", "When scheduled digests arrive (needs Manage Channels)")
                                .addOptions(
                                        new OptionData(OptionType.STRING, "time", "HH:MM on a 24-hour clock, or off", true).setMaxLength(10),
                                        new OptionData(OptionType.STRING, "zone", "IANA time zone, e.g. Europe/Berlin (default: the channel's)", false)
                                                .setAutoComplete(true).setMaxLength(64),
                                        new OptionData(OptionType.STRING, "days", "daily, weekdays, or days such as mon,wed,fri", false)
                                                .setAutoComplete(true).setMaxLength(40)),
                        new SubcommandData("size", "Papers per digest (needs Manage Channels)")
                                .addOptions(new OptionData(OptionType.INTEGER, "papers", "Papers per digest", true)
                                        .setRequiredRange(1, CommandParser.MAX_SIZE)),
                        new SubcommandData("layout", "Where a digest's papers go (needs Manage Channels)")
                                .addOptions(new OptionData(OptionType.STRING, "where", "In the channel, or in a thread under the digest", true)
                                        .addChoice("channel: one message per paper", "channel")
                                        .addChoice("thread: under the digest's header", "thread")),
                        new SubcommandData("bar", "Post only papers likely enough to be liked here (needs Manage Channels)")
                                .addOptions(new OptionData(OptionType.STRING, "level", "off, auto, or a probability from 0 to 1 such as 0.6", true)
                                        .setMaxLength(10)),
                        new SubcommandData("seed", "Papers that show this channel's taste: ids, or a reading list attached")
                                .addOptions(new OptionData(OptionType.STRING, "papers", "Paper ids, arXiv ids, arXiv URLs or DOIs, separated by spaces", false)
                                        .setMaxLength(1000),
                                        new OptionData(OptionType.ATTACHMENT, FILE, "A reading list: .bib, .ris, Zotero .csv, or .txt with one id a line", false)),
                        new SubcommandData("unseed", "Take seeds back")
                                .addOptions(new OptionData(OptionType.STRING, "papers", "Seeded paper ids, separated by spaces", true)
                                        .setMaxLength(1000)),
                        new SubcommandData("forget", "Reset this channel's taste and seeds; posted papers stay posted (needs Manage Channels)"),
                        new SubcommandData("saved", "Papers bookmarked here with 🔖, newest first")
                                .addOptions(new OptionData(OptionType.INTEGER, "page", "Which page of ten", false).setRequiredRange(1, 9999),
                                        new OptionData(OptionType.STRING, "as", "As a file", false).addChoice("BibTeX (.bib)", "bibtex")),
                        paper("like", "Say you like a paper: more like it"),
                        paper("dislike", "Say you don't like a paper: fewer like it"),
                        paper("why", "Why Paperboy picked a paper for this channel"),
                        new SubcommandData("settings", "This channel's follows, mutes, bar, digest size, layout and schedule"),
                        new SubcommandData("tag", "A paper's tags; curators correct them for every channel")
                                .addOptions(new OptionData(OptionType.STRING, "paper", "The id under a paper, an arXiv id, or an arXiv URL", true)
                                        .setMaxLength(200),
                                        new OptionData(OptionType.STRING, "changes", "Curators: +tag to add, -tag to remove, or reset", false)
                                                .setMaxLength(300)));
    }

    private static OptionData tags(String description) {
        return new OptionData(OptionType.STRING, "tags", description, true).setAutoComplete(true).setMaxLength(300);
    }

    private static SubcommandData query(String name, String description, String option) {
        return query(name, description, option, false);
    }

    /** @param completed whether Discord asks for completions (the channel's follows or mutes) as it is typed */
    private static SubcommandData query(String name, String description, String option, boolean completed) {
        return new SubcommandData(name, description)
                .addOptions(new OptionData(OptionType.STRING, "query", option, true).setMaxLength(CommandParser.MAX_QUERY).setAutoComplete(completed));
    }

    private static SubcommandData paper(String name, String description) {
        return new SubcommandData(name, description)
                .addOptions(new OptionData(OptionType.STRING, "paper", "The id under a paper, an arXiv id, or an arXiv URL", true).setMaxLength(200));
    }

    /**
     * The grammar's text for a subcommand and its options ({@code option} gives an option's value as typed).
     * Discord already enforced the options' types and ranges; the parser checks the rest.
     */
    static String text(String subcommand, Function<String, Optional<String>> option) {
        String sub = subcommand == null ? "help" : subcommand.toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(sub);
        switch (sub) {
            case "subscribe", "unsubscribe" -> append(text, option.apply("tags").map(PapersSlashCommand::words));
            case "digest" -> append(text, option.apply("size"));
            case "search", "follow", "unfollow", "mute", "unmute" -> append(text, option.apply("query"));
            case "schedule" -> {
                append(text, option.apply("time").map(String::strip));
                // IANA names use underscores where people type spaces: "America/New York".
                append(text, option.apply("zone").map(z -> z.strip().replaceAll("\\s+", "_")));
                append(text, option.apply("days").map(d -> d.replaceAll("\\s+", "")));
            }
            case "size" -> append(text, option.apply("papers"));
            case "layout" -> append(text, option.apply("where"));
            case "bar" -> append(text, option.apply("level").map(String::strip));
            case "seed", "unseed" -> append(text, option.apply("papers").map(PapersSlashCommand::words));
            case "saved" -> {
                append(text, option.apply("as"));
                append(text, option.apply("page"));
            }
            case "tag" -> {
                append(text, option.apply("paper").map(String::strip));
                append(text, option.apply("changes").map(PapersSlashCommand::words));
            }
            case "like", "dislike", "why" -> append(text, option.apply("paper").map(String::strip));
            default -> {
            }
        }
        return text.toString();
    }

    /** A list option accepts spaces or commas between its items. */
    private static String words(String value) {
        return value.replace(',', ' ').strip().replaceAll("\\s+", " ");
    }

    private static void append(StringBuilder text, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> text.append(' ').append(v));
    }
}
