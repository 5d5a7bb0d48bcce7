package dev.paperboy.channel;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the {@code /papers} grammar from the text a user typed (with or without the leading {@code /papers}).
 * Errors say what was expected, in a sentence fit for chat.
 */
public final class CommandParser {

    /** Digests and sizes stay chat-sized. */
    public static final int MAX_SIZE = 20;
    /** Longer queries are refused rather than truncated: the user should know. */
    public static final int MAX_QUERY = 500;
    /** No command is longer than this; a longer text is refused before parsing. */
    public static final int MAX_TEXT = 4_000;

    static final List<String> VERBS = List.of("help", "tags", "subscribe", "unsubscribe", "follow", "unfollow", "mute", "unmute", "digest",
            "search", "schedule", "size", "bar", "layout", "seed", "unseed", "saved", "forget", "like", "dislike", "why", "settings", "tag");

    /**
     * Days as settings give them ({@code daily}, {@code weekdays}, {@code weekends} or {@code mon,wed,fri}), read as
     * {@code /papers schedule} reads them; empty when the text is not days.
     */
    public static Optional<Set<DayOfWeek>> parseDays(String text) {
        return ScheduleGrammar.parseDays(text);
    }

    /**
     * Parses a command sent with a file. Only {@code seed} takes one, and then needs no ids
     * ({@code /papers seed} with a {@code .bib} attached).
     */
    public PapersCommand parse(String text, Optional<Attachment> file) throws CommandSyntaxException {
        if (file.isEmpty()) {
            return parse(text);
        }
        String s = text == null ? "" : text.strip().replaceFirst("(?i)^/papers\\s*", "");
        String[] split = s.split("\\s+", 2);
        if (!split[0].equalsIgnoreCase("seed")) {
            throw new CommandSyntaxException("Only `/papers seed` takes a file: a .bib, .ris, .csv or .txt reading list.");
        }
        String rest = split.length > 1 ? split[1].strip() : "";
        return new PapersCommand.Seed(rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+")), file);
    }

    public PapersCommand parse(String text) throws CommandSyntaxException {
        if (text == null) {
            return new PapersCommand.Help();
        }
        if (text.length() > MAX_TEXT) {
            throw new CommandSyntaxException("That command is " + text.length() + " characters; the most I read is " + MAX_TEXT + ".");
        }
        String s = text.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("/papers")) {
            s = s.substring("/papers".length()).strip();
        } else if (s.startsWith("/")) {
            throw new CommandSyntaxException("I only answer /papers. Try `/papers help`.");
        }
        if (s.isEmpty()) {
            return new PapersCommand.Help();
        }
        String[] split = s.split("\\s+", 2);
        String verb = split[0].toLowerCase(Locale.ROOT);
        String rest = split.length > 1 ? split[1].strip() : "";
        List<String> args = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        return switch (verb) {
            case "help", "?" -> new PapersCommand.Help();
            case "tags" -> new PapersCommand.Tags();
            case "settings" -> new PapersCommand.Settings();
            case "subscribe", "sub" -> new PapersCommand.Subscribe(requireSome(args, "subscribe <tag>…", "Which tags? e.g. `/papers subscribe rl reasoning`"));
            case "unsubscribe", "unsub" -> new PapersCommand.Unsubscribe(requireSome(args, "unsubscribe <tag>…", "Which tags? e.g. `/papers unsubscribe rl`"));
            case "follow" -> new PapersCommand.Follow(query(rest, "Follow what? A search query's words and filters, e.g."
                    + " `/papers follow author:\"Albert Gu\"`, `/papers follow cat:cs.RO` or `/papers follow \"diffusion policy\"`"));
            case "unfollow" -> new PapersCommand.Unfollow(query(rest, "Unfollow what? Give the follow or its number in `/papers settings`,"
                    + " e.g. `/papers unfollow 2`"));
            case "mute" -> new PapersCommand.Mute(query(rest, "Mute what? A search query's words and filters, e.g."
                    + " `/papers mute \"benchmark\"` or `/papers mute cat:cs.CR`"));
            case "unmute" -> new PapersCommand.Unmute(query(rest, "Unmute what? Give the mute or its number in `/papers settings`,"
                    + " e.g. `/papers unmute 1`"));
            case "digest" -> new PapersCommand.Digest(args.isEmpty() ? Optional.empty() : Optional.of(number(args, "digest [n]")));
            case "size" -> new PapersCommand.Size(number(requireSome(args, "size <n>", "How many papers a digest? e.g. `/papers size 5`"), "size <n>"));
            case "search" -> search(rest);
            case "schedule" -> ScheduleGrammar.schedule(args);
            case "layout" -> layout(args);
            case "bar" -> bar(args);
            case "seed" -> new PapersCommand.Seed(requireSome(args, "seed <paper>…", "Which papers? Give ids, arXiv ids or arXiv URLs, e.g. `/papers seed 2506.20639`"));
            case "unseed" -> new PapersCommand.Unseed(requireSome(args, "unseed <paper>…", "Which seeds? e.g. `/papers unseed 2506.20639`"));
            case "forget" -> forget(args);
            case "saved" -> saved(args);
            case "like" -> new PapersCommand.Like(one(args, "like <paper id>"));
            case "dislike" -> new PapersCommand.Dislike(one(args, "dislike <paper id>"));
            case "why" -> new PapersCommand.Why(one(args, "why <paper id>"));
            case "tag" -> tagPaper(args);
            default -> throw new CommandSyntaxException("I don't know `" + Echo.clip(verb) + "`." + closest(verb) + " Try `/papers help`.");
        };
    }

    private static PapersCommand saved(List<String> args) throws CommandSyntaxException {
        if (args.isEmpty()) {
            return new PapersCommand.Saved(1, false);
        }
        if (args.size() == 1 && args.get(0).equalsIgnoreCase("bibtex")) {
            return new PapersCommand.Saved(1, true);
        }
        if (args.size() == 1 && args.get(0).matches("\\d{1,4}") && Integer.parseInt(args.get(0)) > 0) {
            return new PapersCommand.Saved(Integer.parseInt(args.get(0)), false);
        }
        throw new CommandSyntaxException("Usage: `/papers saved` (newest first), `/papers saved 2` (the next page) or `/papers saved bibtex` (a .bib file).");
    }

    private static PapersCommand search(String query) throws CommandSyntaxException {
        if (query.isBlank()) {
            throw new CommandSyntaxException("Search for what? e.g. `/papers search diffusion tag:rl since:2025-01-01`");
        }
        if (query.length() > MAX_QUERY) {
            throw new CommandSyntaxException("That query is " + query.length() + " characters; keep it under " + MAX_QUERY + ".");
        }
        return new PapersCommand.Search(query);
    }

    /** A follow's or mute's query, read later by the search grammar; here only its presence and length. */
    private static String query(String rest, String hint) throws CommandSyntaxException {
        if (rest.isBlank()) {
            throw new CommandSyntaxException(hint + ".");
        }
        if (rest.length() > MAX_QUERY) {
            throw new CommandSyntaxException("That query is " + rest.length() + " characters; keep it under " + MAX_QUERY + ".");
        }
        return rest;
    }


    private static PapersCommand tagPaper(List<String> args) throws CommandSyntaxException {
        String usage = "Usage: `/papers tag <paper id>` shows its tags; `/papers tag <paper id> +rl -diffusion` corrects them;"
                + " `/papers tag <paper id> reset` gives it back to the tagger.";
        if (args.isEmpty()) {
            throw new CommandSyntaxException("Which paper? " + usage);
        }
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        boolean reset = false;
        for (String arg : args.subList(1, args.size())) {
            if (arg.equalsIgnoreCase("reset")) {
                reset = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                remove.add(arg.substring(1));
            } else if (arg.startsWith("+") && arg.length() > 1) {
                add.add(arg.substring(1));
            } else if (!arg.equals("+") && !arg.equals("-")) {
                add.add(arg);
            } else {
                throw new CommandSyntaxException("Put the tag right after `" + arg + "`, e.g. `+rl`. " + usage);
            }
        }
        if (reset && (!add.isEmpty() || !remove.isEmpty())) {
            throw new CommandSyntaxException("`reset` goes alone: it gives the paper back to the tagger. " + usage);
        }
        return new PapersCommand.TagPaper(args.get(0), add, remove, reset);
    }

    private static PapersCommand forget(List<String> args) throws CommandSyntaxException {
        if (!args.isEmpty()) {
            throw new CommandSyntaxException("`/papers forget` takes nothing: it resets this channel's taste and seeds"
                    + " (papers already posted stay posted). To drop one seed: `/papers unseed <id>`.");
        }
        return new PapersCommand.Forget();
    }

    private static final String BAR_USAGE = "The bar is `off`, `auto`, or a probability from 0 to 1 that a paper is liked here:"
            + " `/papers bar 0.6` posts only papers at least 60% likely to be liked; `/papers bar auto` lets this channel's votes set it.";

    private static PapersCommand bar(List<String> args) throws CommandSyntaxException {
        if (args.size() != 1) {
            throw new CommandSyntaxException(BAR_USAGE);
        }
        String arg = args.get(0).toLowerCase(Locale.ROOT);
        if (arg.equals("off") || arg.equals("auto")) {
            return new PapersCommand.SetBar(arg.equals("off") ? dev.paperboy.recommend.QualityBar.OFF : dev.paperboy.recommend.QualityBar.AUTO);
        }
        double value;
        try {
            value = Double.parseDouble(arg.endsWith("%") ? arg.substring(0, arg.length() - 1) : arg) / (arg.endsWith("%") ? 100 : 1);
        } catch (NumberFormatException e) {
            throw new CommandSyntaxException("`" + Echo.clip(args.get(0)) + "` is not a bar. " + BAR_USAGE);
        }
        if (!(value >= 0 && value <= 1) || !arg.matches("[0-9.]+%?")) {
            throw new CommandSyntaxException("`" + Echo.clip(args.get(0)) + "` is not a probability from 0 to 1. " + BAR_USAGE);
        }
        return new PapersCommand.SetBar(dev.paperboy.recommend.QualityBar.fixed(value));
    }

    private static PapersCommand layout(List<String> args) throws CommandSyntaxException {
        String arg = args.size() == 1 ? args.get(0).toLowerCase(Locale.ROOT) : "";
        return switch (arg) {
            case "channel" -> new PapersCommand.SetLayout(Layout.CHANNEL);
            case "thread" -> new PapersCommand.SetLayout(Layout.THREAD);
            default -> throw new CommandSyntaxException("Usage: `/papers layout channel` (each paper in the channel) or `/papers layout thread` (papers in a thread under the digest).");
        };
    }

    private static List<String> requireSome(List<String> args, String usage, String hint) throws CommandSyntaxException {
        if (args.isEmpty()) {
            throw new CommandSyntaxException(hint);
        }
        return List.copyOf(args);
    }

    private static String one(List<String> args, String usage) throws CommandSyntaxException {
        if (args.size() != 1) {
            throw new CommandSyntaxException("Usage: `/papers " + usage + "`, e.g. `/papers " + usage.split(" ")[0] + " 2506.20639`");
        }
        return args.get(0);
    }

    private static int number(List<String> args, String usage) throws CommandSyntaxException {
        if (args.size() != 1) {
            throw new CommandSyntaxException("Usage: `/papers " + usage + "`");
        }
        try {
            int n = Integer.parseInt(args.get(0));
            if (n < 1 || n > MAX_SIZE) {
                throw new CommandSyntaxException("Pick a number from 1 to " + MAX_SIZE + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandSyntaxException("`" + Echo.clip(args.get(0)) + "` is not a number. Usage: `/papers " + usage + "`");
        }
    }

    private static String closest(String verb) {
        return VERBS.stream()
                .filter(v -> v.startsWith(verb.length() >= 2 ? verb.substring(0, 2) : verb) || verb.startsWith(v))
                .findFirst().map(v -> " Did you mean `" + v + "`?").orElse("");
    }

}
