package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.paper.Paper;
import dev.paperboy.recommend.DigestPlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verbs that shape a channel's taste: {@code seed}, {@code unseed}, {@code forget}, {@code like},
 * {@code dislike}, and {@code why}, which only reads it. Who may run each is the verb's rule, checked by
 * {@link CommandHandler}; how many seeds one command may add is {@link CommandLimits#seedsPerCommand()}.
 */
final class TasteHandler {

    private final PaperRefs refs;
    private final FeedbackService feedback;
    private final DigestPlanner planner;
    private final int seedsPerCommand;

    TasteHandler(PaperRefs refs, FeedbackService feedback, DigestPlanner planner, int seedsPerCommand) {
        this.refs = refs;
        this.feedback = feedback;
        this.planner = planner;
        this.seedsPerCommand = seedsPerCommand;
    }

    Reply seed(Channel channel, List<String> typed, Instant now) {
        if (typed.size() > seedsPerCommand) {
            return Reply.error("That is " + typed.size() + " papers; one `/papers seed` takes at most " + seedsPerCommand
                    + ". Seed the few that show this channel's taste best (a whole reading list goes in with `paperboy seed --file`).");
        }
        List<String> added = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String ref : typed) {
            Optional<Paper> paper = refs.find(ref);
            if (paper.isPresent()) {
                feedback.seed(channel.id(), paper.get().id(), "command", now);
                added.add(paper.get().displayTitle());
                continue;
            }
            // An arXiv id not read yet counts once it is ingested; any other unknown id is refused by name.
            Optional<String> arxiv = PaperRefs.arxivId(ref);
            if (arxiv.isPresent()) {
                feedback.seed(channel.id(), arxiv.get(), "command", now);
                pending.add(arxiv.get());
            } else {
                problems.add(PaperRefs.unknown(ref));
            }
        }
        if (added.isEmpty() && pending.isEmpty()) {
            return Reply.error(String.join(" ", problems));
        }
        RichText.Builder text = RichText.builder();
        if (!added.isEmpty()) {
            text.own("Seeded this channel's taste with " + added.size() + (added.size() == 1 ? " paper: " : " papers: "))
                    .quoted(String.join("; ", added)).own(".");
        }
        if (!pending.isEmpty()) {
            text.own((text.isEmpty() ? "" : " ") + "I haven't read " + String.join(", ", pending) + " yet; "
                    + (pending.size() == 1 ? "it counts" : "they count") + " once ingested.");
        }
        problems.forEach(p -> text.own(" " + p));
        return Reply.ok(text.own(" `/papers unseed <id>` takes one back.").build());
    }

    Reply unseed(Channel channel, List<String> typed) {
        List<String> removed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String ref : typed) {
            Optional<String> id = refs.find(ref).map(Paper::id).or(() -> PaperRefs.arxivId(ref));
            if (id.isPresent() && feedback.unseed(channel.id(), id.get())) {
                removed.add(id.get());
            } else {
                problems.add("`" + CommandParser.clip(ref.strip()) + "` is not one of this channel's seeds.");
            }
        }
        if (removed.isEmpty()) {
            return Reply.error(String.join(" ", problems));
        }
        return Reply.ok("Took back " + removed.size() + (removed.size() == 1 ? " seed: " : " seeds: ") + String.join(", ", removed)
                + "." + (problems.isEmpty() ? "" : " " + String.join(" ", problems)));
    }

    Reply forget(Channel channel) {
        feedback.forget(channel.id());
        return Reply.ok("Forgot this channel's taste: every like, dislike, reaction's vote and seed. Papers already posted"
                + " stay posted, so none comes back; the next digest starts from the channel's tags.");
    }

    Reply vote(Channel channel, Caller caller, String ref, boolean like, Instant now) {
        Optional<Paper> paper = refs.find(ref);
        if (paper.isEmpty()) {
            return Reply.error(PaperRefs.unknown(ref));
        }
        if (like) {
            feedback.like(channel.id(), paper.get().id(), caller.userId(), now);
        } else {
            feedback.dislike(channel.id(), paper.get().id(), caller.userId(), now);
        }
        return Reply.ok(RichText.builder().own(like ? "Noted: you like \"" : "Noted: you don't like \"").quoted(paper.get().displayTitle())
                .own(like ? "\". I'll pick more like it." : "\". I'll pick fewer like it.").build());
    }

    Reply why(Channel channel, String ref, Instant now) {
        Optional<Paper> paper = refs.find(ref);
        if (paper.isEmpty()) {
            return Reply.error(PaperRefs.unknown(ref));
        }
        // The reason names papers (liked ones' titles), so all of it is quoted.
        return Reply.ok(RichText.builder().own("\"").quoted(paper.get().displayTitle()).own("\": ")
                .quoted(planner.why(channel.id(), channel.tags(), paper.get(), now)).build());
    }
}
