package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.paper.Paper;
import dev.paperboy.recommend.DigestPlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verbs that shape a channel's taste: {@code unseed}, {@code forget}, {@code like}, {@code dislike}, and
 * {@code why}, which only reads it ({@code seed} is {@link LibraryHandler}'s, which also fetches papers not read
 * yet and takes reading lists). Who may run each is the verb's rule, checked by {@link CommandHandler}.
 */
final class TasteHandler {

    private final PaperRefs refs;
    private final FeedbackService feedback;
    private final DigestPlanner planner;

    TasteHandler(PaperRefs refs, FeedbackService feedback, DigestPlanner planner) {
        this.refs = refs;
        this.feedback = feedback;
        this.planner = planner;
    }

    Reply unseed(Channel channel, List<String> typed) {
        List<String> removed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String ref : typed) {
            Optional<String> id = refs.find(ref).map(Paper::id).or(() -> PaperRefs.arxivId(ref));
            if (id.isPresent() && feedback.unseed(channel.id(), id.get())) {
                removed.add(id.get());
            } else {
                problems.add("`" + Echo.clip(ref.strip()) + "` is not one of this channel's seeds.");
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
