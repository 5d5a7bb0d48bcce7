package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.LibrarySeeder;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.tag.Tag;
import dev.paperboy.tag.TagCorrections;
import dev.paperboy.tag.TagVocabulary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a {@code /papers} command for a channel and says what happened. Every outcome is a sentence: a bad
 * command, tag, zone or id gets an error reply with what to do instead, never an exception.
 *
 * <p>A channel is stored the first time a command needs to keep something for it, with no schedule: only a command
 * that asks for digests ({@link PapersCommand#startsDigests()}) starts the configured one, and its answer says so.
 * Looking around ({@code help}, {@code search}, {@code settings} …) stores nothing.
 */
public final class CommandHandler {

    /** The id of a channel that is not stored (yet): what a read-only command sees. */
    static final long UNSAVED = 0;

    private final CommandParser parser = new CommandParser();
    private final ChannelStore channels;
    private final ChannelSettings unstarted;
    private final TagVocabulary vocabulary;
    private final DigestService digests;
    private final SearchReplies search;
    private final Clock clock;
    private final PaperRefs refs;
    private final PaperTagsHandler paperTags;
    private final TasteHandler taste;
    private final SettingsHandler settings;
    private final FollowsHandler follows;
    private final OnDemandDigests onDemand;
    private final Supplier<OptionalInt> fetching;
    private final PaperStore papers;
    private final LibraryHandler library;

    public CommandHandler(ChannelStore channels, ChannelSettings defaults, TagVocabulary vocabulary, PaperStore papers,
                          FeedbackService feedback, DigestPlanner planner, DigestService digests, DigestScheduler scheduler,
                          SearchReplies search, Clock clock, TagCorrections corrections, CommandLimits limits,
                          LibrarySeeder seeder, ChannelExport export) {
        this(channels, defaults, vocabulary, papers, feedback, planner, digests, scheduler, search, clock, corrections, limits,
                seeder, export, OptionalInt::empty);
    }

    /**
     * @param fetching while this process fetches from the paper sources, how many papers it stored so far: an empty
     *                 digest then says the papers are on their way rather than that everything was sent
     */
    public CommandHandler(ChannelStore channels, ChannelSettings defaults, TagVocabulary vocabulary, PaperStore papers,
                          FeedbackService feedback, DigestPlanner planner, DigestService digests, DigestScheduler scheduler,
                          SearchReplies search, Clock clock, TagCorrections corrections, CommandLimits limits,
                          LibrarySeeder seeder, ChannelExport export, Supplier<OptionalInt> fetching) {
        this.fetching = fetching;
        this.papers = papers;
        this.channels = channels;
        this.unstarted = defaults.withSchedule(Schedule.notStarted(defaults.schedule().time(), defaults.schedule().zone()));
        this.vocabulary = vocabulary;
        this.digests = digests;
        this.search = search;
        this.clock = clock;
        this.refs = new PaperRefs(papers);
        this.paperTags = new PaperTagsHandler(corrections, vocabulary);
        this.taste = new TasteHandler(refs, feedback, planner);
        this.settings = new SettingsHandler(channels, defaults, scheduler, planner);
        this.follows = new FollowsHandler(channels, StoredFollows.parser(vocabulary), planner);
        this.onDemand = new OnDemandDigests(limits.digestsPerHour());
        this.library = new LibraryHandler(refs, seeder, export, feedback, papers, limits.seedsPerCommand());
    }

    /** Parses and runs the text a user typed. */
    public Reply handle(ChannelRef ref, Caller caller, String text) {
        PapersCommand command;
        try {
            command = parser.parse(text);
        } catch (CommandSyntaxException e) {
            return Reply.error(e.getMessage());
        }
        return handle(ref, caller, command);
    }

    public Reply handle(ChannelRef ref, Caller caller, PapersCommand command) {
        if (!command.allows(caller)) {
            return Reply.error(command.refusal());
        }
        Instant now = clock.instant();
        Channel channel = readsOnly(command)
                ? channels.find(ref).orElseGet(() -> new Channel(UNSAVED, ref, unstarted, Set.of(), now))
                : channels.getOrCreate(ref, unstarted, now);
        Reply reply = run(channel, caller, command, now);
        if (reply.isError() || !command.startsDigests() || command instanceof PapersCommand.ScheduleAt) {
            return reply;
        }
        return settings.startIfNew(channel, now).map(note -> reply.plus("\n" + note)).orElse(reply);
    }

    /**
     * A channel's follows or mutes as {@code /papers settings} numbers them (follows: its tags first), for an adapter
     * that completes what a member types; empty for a channel never stored.
     */
    public List<String> entries(ChannelRef ref, FilterKind kind) {
        return channels.find(ref).map(c -> kind == FilterKind.FOLLOW ? follows.follows(c) : follows.mutes(c)).orElse(List.of());
    }

    /** Commands that keep nothing for the channel, so they need no stored channel. */
    private static boolean readsOnly(PapersCommand command) {
        return command instanceof PapersCommand.Help || command instanceof PapersCommand.Tags || command instanceof PapersCommand.Search
                || command instanceof PapersCommand.Settings || command instanceof PapersCommand.Why
                || command instanceof PapersCommand.TagPaper;
    }

    private Reply run(Channel channel, Caller caller, PapersCommand command, Instant now) {
        if (command instanceof PapersCommand.Help) {
            return Reply.ok(HelpText.TEXT);
        } else if (command instanceof PapersCommand.Tags) {
            return tags(channel);
        } else if (command instanceof PapersCommand.Subscribe s) {
            return subscribe(channel, s.tags(), now);
        } else if (command instanceof PapersCommand.Unsubscribe u) {
            return unsubscribe(channel, u.tags());
        } else if (command instanceof PapersCommand.Follow f) {
            return follows.follow(channel, f.query(), now);
        } else if (command instanceof PapersCommand.Unfollow u) {
            return follows.unfollow(channel, u.query());
        } else if (command instanceof PapersCommand.Mute m) {
            return follows.mute(channel, m.query(), now);
        } else if (command instanceof PapersCommand.Unmute u) {
            return follows.unmute(channel, u.query());
        } else if (command instanceof PapersCommand.Digest d) {
            return digest(channel, d.size().orElse(channel.settings().digestSize()), now);
        } else if (command instanceof PapersCommand.Search s) {
            return search.answer(s.query());
        } else if (command instanceof PapersCommand.ScheduleAt s) {
            return settings.schedule(channel, s, now);
        } else if (command instanceof PapersCommand.ScheduleOff) {
            return settings.scheduleOff(channel, now);
        } else if (command instanceof PapersCommand.Size s) {
            return settings.size(channel, s.size(), now);
        } else if (command instanceof PapersCommand.SetLayout l) {
            return settings.layout(channel, l.layout(), now);
        } else if (command instanceof PapersCommand.SetBar b) {
            return settings.bar(channel, b.bar(), now);
        } else if (command instanceof PapersCommand.Seed s) {
            return library.seed(channel, s);
        } else if (command instanceof PapersCommand.Unseed u) {
            return taste.unseed(channel, u.papers());
        } else if (command instanceof PapersCommand.Forget) {
            return taste.forget(channel);
        } else if (command instanceof PapersCommand.Saved s) {
            return library.saved(channel, s);
        } else if (command instanceof PapersCommand.Like l) {
            return taste.vote(channel, caller, l.paper(), true, now);
        } else if (command instanceof PapersCommand.Dislike d) {
            return taste.vote(channel, caller, d.paper(), false, now);
        } else if (command instanceof PapersCommand.Why w) {
            return taste.why(channel, w.paper(), now);
        } else if (command instanceof PapersCommand.Settings) {
            return Reply.ok(settings.describe(channel, now) + "\n" + follows.describe(channel));
        } else if (command instanceof PapersCommand.TagPaper t) {
            Optional<Paper> paper = refs.find(t.paper());
            return paper.isEmpty() ? Reply.error(PaperRefs.unknown(t.paper())) : paperTags.handle(paper.get(), t);
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    private Reply tags(Channel channel) {
        String mine = channel.tags().isEmpty() ? "none yet (so every paper is a candidate)"
                : new TreeSet<>(channel.tags()).stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        String all = vocabulary.all().stream().map(Tag::name).collect(Collectors.joining(", "));
        return Reply.ok("This channel follows: " + mine + "\nAll tags: " + all
                + "\nSubscribe with `/papers subscribe <tag>…`.");
    }

    private Reply subscribe(Channel channel, List<String> requested, Instant now) {
        List<String> known = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : requested) {
            Optional<Tag> tag = vocabulary.find(text);
            if (tag.isPresent()) {
                known.add(tag.get().name());
            } else {
                problems.add(unknownTag(text));
            }
        }
        if (known.isEmpty()) {
            return Reply.error(String.join(" ", problems));
        }
        channels.subscribe(channel.id(), known, now);
        Set<String> all = new TreeSet<>(channel.tags());
        all.addAll(known);
        String done = "Subscribed to " + hashtags(known) + ". This channel follows " + hashtags(all) + ".";
        return Reply.ok(problems.isEmpty() ? done : done + " " + String.join(" ", problems));
    }

    private Reply unsubscribe(Channel channel, List<String> requested) {
        List<String> removed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : requested) {
            String name = TagVocabulary.canonical(text);
            if (channel.tags().contains(name)) {
                removed.add(name);
            } else if (vocabulary.find(text).isPresent()) {
                problems.add("This channel does not follow #" + name + ".");
            } else {
                problems.add(unknownTag(text));
            }
        }
        if (removed.isEmpty()) {
            return Reply.error(String.join(" ", problems));
        }
        channels.unsubscribe(channel.id(), removed);
        Set<String> left = new TreeSet<>(channel.tags());
        removed.forEach(left::remove);
        String done = "Unsubscribed from " + hashtags(removed) + ". "
                + (left.isEmpty() ? "This channel follows no tag now, so every paper is a candidate."
                : "This channel follows " + hashtags(left) + ".");
        return Reply.ok(problems.isEmpty() ? done : done + " " + String.join(" ", problems));
    }

    private String unknownTag(String text) {
        List<String> close = vocabulary.suggest(text, 3);
        return "I don't know the tag `" + Echo.clip(text) + "`."
                + (close.isEmpty() ? " See `/papers tags`." : " Closest: " + close.stream().map(t -> "#" + t).collect(Collectors.joining(", ")) + ".");
    }

    private Reply digest(Channel channel, int size, Instant now) {
        Optional<Instant> wait = onDemand.take(channel.id(), now);
        if (wait.isPresent()) {
            return Reply.error("This channel already had " + onDemand.perHour() + " digests on demand in the last hour; the next may come at "
                    + DateTimeFormatter.ofPattern("HH:mm 'UTC'").format(wait.get().atOffset(ZoneOffset.UTC))
                    + ". Scheduled digests come as usual.");
        }
        DigestService.Outcome outcome = digests.post(channel, size, now);
        if (outcome.posted() == 0) {
            onDemand.giveBack(channel.id(), now);
        }
        if (outcome.problem().isPresent()) {
            return Reply.error("I could post only " + outcome.posted() + " of " + outcome.planned()
                    + " papers; the rest stay unread for the next digest. (" + outcome.problem().get() + ")");
        }
        if (outcome.planned() == 0) {
            OptionalInt soFar = fetching.get();
            if (soFar.isPresent()) {
                return Reply.ok("I have no papers for this channel yet; a fetch from the paper sources is running, " + soFar.getAsInt()
                        + (soFar.getAsInt() == 1 ? " paper" : " papers") + " so far. Ask again in a few minutes.");
            }
            if (papers.count() == 0) {
                return Reply.ok("I have no papers yet; they arrive with the next fetch from the paper sources.");
            }
            return Reply.ok("Nothing new for this channel right now: every matching paper has been sent already."
                    + (channel.tags().isEmpty() ? "" : " Follow more tags with `/papers subscribe`."));
        }
        return Reply.ok("Posted " + outcome.posted() + (outcome.posted() == 1 ? " paper" : " papers")
                + (outcome.barNote().isEmpty() ? "." : "; " + outcome.barNote() + "."));
    }

    private static String hashtags(java.util.Collection<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
    }
}
