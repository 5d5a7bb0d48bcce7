package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperIds;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.tag.Tag;
import dev.paperboy.tag.TagCorrections;
import dev.paperboy.tag.TagVocabulary;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a {@code /papers} command for a channel and says what happened. Every outcome is a sentence: a bad
 * command, tag, zone or id gets an error reply with what to do instead, never an exception.
 */
public final class CommandHandler {

    private final CommandParser parser = new CommandParser();
    private final ChannelStore channels;
    private final ChannelSettings defaults;
    private final TagVocabulary vocabulary;
    private final PaperStore papers;
    private final FeedbackService feedback;
    private final DigestPlanner planner;
    private final DigestService digests;
    private final DigestScheduler scheduler;
    private final SearchReplies search;
    private final Clock clock;
    private final PaperTagsHandler paperTags;
    private final Supplier<OptionalInt> fetching;

    public CommandHandler(ChannelStore channels, ChannelSettings defaults, TagVocabulary vocabulary, PaperStore papers,
                          FeedbackService feedback, DigestPlanner planner, DigestService digests, DigestScheduler scheduler,
                          SearchReplies search, Clock clock, TagCorrections corrections) {
        this(channels, defaults, vocabulary, papers, feedback, planner, digests, scheduler, search, clock, corrections, OptionalInt::empty);
    }

    /**
     * @param fetching while this process fetches from the paper sources, how many papers it stored so far: an empty
     *                 digest then says the papers are on their way rather than that everything was sent
     */
    public CommandHandler(ChannelStore channels, ChannelSettings defaults, TagVocabulary vocabulary, PaperStore papers,
                          FeedbackService feedback, DigestPlanner planner, DigestService digests, DigestScheduler scheduler,
                          SearchReplies search, Clock clock, TagCorrections corrections, Supplier<OptionalInt> fetching) {
        this.fetching = fetching;
        this.channels = channels;
        this.defaults = defaults;
        this.vocabulary = vocabulary;
        this.papers = papers;
        this.feedback = feedback;
        this.planner = planner;
        this.digests = digests;
        this.scheduler = scheduler;
        this.search = search;
        this.clock = clock;
        this.paperTags = new PaperTagsHandler(corrections, vocabulary);
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
        Instant now = clock.instant();
        Channel channel = channels.getOrCreate(ref, defaults, now);
        if (!command.allows(caller)) {
            return Reply.error(command.refusal());
        }
        if (command instanceof PapersCommand.Help) {
            return Reply.ok(HelpText.TEXT);
        } else if (command instanceof PapersCommand.Tags) {
            return tags(channel);
        } else if (command instanceof PapersCommand.Subscribe s) {
            return subscribe(channel, s.tags(), now);
        } else if (command instanceof PapersCommand.Unsubscribe u) {
            return unsubscribe(channel, u.tags());
        } else if (command instanceof PapersCommand.Digest d) {
            return digest(channel, d.size().orElse(channel.settings().digestSize()), now);
        } else if (command instanceof PapersCommand.Search s) {
            return search.answer(s.query());
        } else if (command instanceof PapersCommand.ScheduleAt s) {
            return schedule(channel, s, now);
        } else if (command instanceof PapersCommand.ScheduleOff) {
            channels.updateSettings(channel.id(), channel.settings().withSchedule(channel.settings().schedule().off()), now);
            channels.find(channel.id()).ifPresent(scheduler::scheduleChanged);
            return Reply.ok("Scheduled digests are off. `/papers digest` still works; `/papers schedule 09:00` turns them back on.");
        } else if (command instanceof PapersCommand.Size s) {
            channels.updateSettings(channel.id(), channel.settings().withSize(s.size()), now);
            return Reply.ok("Digests now carry up to " + s.size() + " papers.");
        } else if (command instanceof PapersCommand.SetLayout l) {
            channels.updateSettings(channel.id(), channel.settings().withLayout(l.layout()), now);
            return Reply.ok(l.layout() == Layout.THREAD ? "Papers now go in a thread under each digest's header."
                    : "Papers now go in the channel, one message each.");
        } else if (command instanceof PapersCommand.Seed s) {
            return seed(channel, s.papers(), now);
        } else if (command instanceof PapersCommand.Like l) {
            return vote(channel, caller, l.paper(), true, now);
        } else if (command instanceof PapersCommand.Dislike d) {
            return vote(channel, caller, d.paper(), false, now);
        } else if (command instanceof PapersCommand.Why w) {
            return why(channel, w.paper(), now);
        } else if (command instanceof PapersCommand.Settings) {
            return Reply.ok(settings(channel));
        } else if (command instanceof PapersCommand.TagPaper t) {
            Optional<Paper> paper = knownPaper(t.paper());
            return paper.isEmpty() ? Reply.error(unknownPaper(t.paper())) : paperTags.handle(paper.get(), t);
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
        if (!known.isEmpty()) {
            channels.subscribe(channel.id(), known, now);
        }
        if (known.isEmpty()) {
            return Reply.error(String.join(" ", problems));
        }
        Set<String> all = new TreeSet<>(channel.tags());
        all.addAll(known);
        String done = "Subscribed to " + known.stream().map(t -> "#" + t).collect(Collectors.joining(" "))
                + ". This channel follows " + all.stream().map(t -> "#" + t).collect(Collectors.joining(" ")) + ".";
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
        String done = "Unsubscribed from " + removed.stream().map(t -> "#" + t).collect(Collectors.joining(" ")) + ". "
                + (left.isEmpty() ? "This channel follows no tag now, so every paper is a candidate."
                : "This channel follows " + left.stream().map(t -> "#" + t).collect(Collectors.joining(" ")) + ".");
        return Reply.ok(problems.isEmpty() ? done : done + " " + String.join(" ", problems));
    }

    private String unknownTag(String text) {
        String clipped = CommandParser.clip(text);
        List<String> close = vocabulary.suggest(text, 3);
        return "I don't know the tag `" + clipped + "`."
                + (close.isEmpty() ? " See `/papers tags`." : " Closest: " + close.stream().map(t -> "#" + t).collect(Collectors.joining(", ")) + ".");
    }

    private Reply digest(Channel channel, int size, Instant now) {
        DigestService.Outcome outcome = digests.post(channel, size, now);
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
        return Reply.ok("Posted " + outcome.posted() + (outcome.posted() == 1 ? " paper." : " papers."));
    }

    private Reply schedule(Channel channel, PapersCommand.ScheduleAt command, Instant now) {
        Schedule current = channel.settings().schedule();
        Schedule next = new Schedule(true, command.time(), command.zone().orElse(current.zone()),
                command.days().orElse(current.days().isEmpty() ? Schedule.WEEKDAYS : current.days()));
        // Someone setting the schedule in the channel shows the bot is welcome there again: a paused channel resumes.
        channels.updateSettings(channel.id(), channel.settings().withSchedule(next).resumed(), now);
        Channel updated = channels.find(channel.id()).orElseThrow();
        scheduler.scheduleChanged(updated);
        String resumed = channel.settings().paused() ? " Scheduled digests had been paused (" + channel.settings().pausedReason()
                + "); they are on again." : "";
        return Reply.ok("Digests scheduled for " + next.describe() + nextDigest(updated).map(t -> "; the next one is " + t).orElse("")
                + "." + resumed);
    }

    /** When the channel's next digest is due, in its own zone: "Mon 7 Jul 09:00 Europe/Berlin". */
    private Optional<String> nextDigest(Channel channel) {
        var zone = channel.settings().schedule().zone();
        return scheduler.nextDigest(channel).map(t -> DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
                .format(t.atZone(zone)) + " " + zone.getId());
    }

    private Reply seed(Channel channel, List<String> refs, Instant now) {
        List<String> added = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String ref : refs) {
            Optional<String> id = paperId(ref);
            if (id.isEmpty()) {
                problems.add("`" + CommandParser.clip(ref) + "` is not a paper id, arXiv id or arXiv URL.");
                continue;
            }
            Optional<Paper> paper = papers.find(id.get());
            feedback.seed(channel.id(), id.get(), "command", now);
            if (paper.isPresent()) {
                added.add(paper.get().displayTitle());
            } else {
                pending.add(id.get());
            }
        }
        if (added.isEmpty() && pending.isEmpty()) {
            return Reply.error(String.join(" ", problems));
        }
        StringBuilder text = new StringBuilder();
        if (!added.isEmpty()) {
            text.append("Seeded this channel's taste with ").append(added.size()).append(added.size() == 1 ? " paper: " : " papers: ")
                    .append(String.join("; ", added)).append('.');
        }
        if (!pending.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append("I haven't read ").append(String.join(", ", pending))
                    .append(" yet; ").append(pending.size() == 1 ? "it counts" : "they count").append(" once ingested.");
        }
        problems.forEach(p -> text.append(' ').append(p));
        return Reply.ok(text.toString());
    }

    private Reply vote(Channel channel, Caller caller, String ref, boolean like, Instant now) {
        Optional<Paper> paper = knownPaper(ref);
        if (paper.isEmpty()) {
            return Reply.error(unknownPaper(ref));
        }
        if (like) {
            feedback.like(channel.id(), paper.get().id(), caller.userId(), now);
            return Reply.ok("Noted: you like \"" + paper.get().displayTitle() + "\". I'll pick more like it.");
        }
        feedback.dislike(channel.id(), paper.get().id(), caller.userId(), now);
        return Reply.ok("Noted: you don't like \"" + paper.get().displayTitle() + "\". I'll pick fewer like it.");
    }

    private Reply why(Channel channel, String ref, Instant now) {
        Optional<Paper> paper = knownPaper(ref);
        if (paper.isEmpty()) {
            return Reply.error(unknownPaper(ref));
        }
        return Reply.ok("\"" + paper.get().displayTitle() + "\": " + planner.why(channel.id(), channel.tags(), paper.get(), now));
    }

    private String settings(Channel channel) {
        ChannelSettings s = channel.settings();
        String tags = channel.tags().isEmpty() ? "none (every paper is a candidate)"
                : new TreeSet<>(channel.tags()).stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        return "Tags: " + tags
                + "\nDigest: up to " + s.digestSize() + " papers, " + (s.layout() == Layout.THREAD ? "in a thread under the header" : "each in the channel")
                + "\nSchedule: " + s.schedule().describe()
                + (s.paused() ? "" : nextDigest(channel).map(t -> " (next digest " + t + ")").orElse(""))
                + "\nStatus: " + (s.paused() ? "paused (" + s.pausedReason() + ")" : "active");
    }

    private Optional<Paper> knownPaper(String ref) {
        return paperId(ref).flatMap(papers::find);
    }

    private static Optional<String> paperId(String ref) {
        String s = ref.strip();
        if (PaperIds.isContentDerived(s)) {
            return Optional.of(s);
        }
        return PaperIds.parseArxiv(s).map(PaperIds.ArxivId::id);
    }

    private static String unknownPaper(String ref) {
        return paperId(ref).isPresent()
                ? "I haven't read " + CommandParser.clip(ref) + ". Its id is right, but it is not among my papers yet."
                : "`" + CommandParser.clip(ref) + "` is not a paper id. Use the id shown under a paper, an arXiv id such as 2506.20639, or an arXiv URL.";
    }
}
