package dev.paperboy.channel;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.Tag;
import dev.paperboy.tag.TagCorrections;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /papers tag <id> [+tag|-tag]… | reset}: shows a paper's tags, or corrects them (who may is the verb's
 * rule, checked by {@link CommandHandler}). Tags decide which channels ever see a paper, so a correction is an act of curation, not a vote.
 */
final class PaperTagsHandler {

    private final TagCorrections corrections;
    private final TagVocabulary vocabulary;

    PaperTagsHandler(TagCorrections corrections, TagVocabulary vocabulary) {
        this.corrections = corrections;
        this.vocabulary = vocabulary;
    }

    Reply handle(Paper paper, PapersCommand.TagPaper command) {
        if (!command.edits()) {
            return Reply.ok(titled(paper, describe(corrections.current(paper.id())) + " Correct them with `/papers tag "
                    + Echo.clip(paper.id()) + " +tag -tag`."));
        }
        if (command.reset()) {
            corrections.reset(paper.id());
            return Reply.ok(titled(paper, describe(corrections.current(paper.id())) + " The curators' tags are gone."));
        }
        List<String> problems = new ArrayList<>();
        List<String> add = names(command.add(), problems);
        List<String> remove = names(command.remove(), problems);
        if (!problems.isEmpty()) {
            return Reply.error(String.join(" ", problems) + " Nothing changed.");
        }
        Set<String> next = corrections.preview(paper.id(), add, remove);
        if (next.isEmpty()) {
            return Reply.error("That would leave this paper with no tag, so no channel could ever get it. Add the right tag, e.g. `+rl`,"
                    + " or use `/papers tag " + Echo.clip(paper.id()) + " reset` to give it back to the tagger.");
        }
        corrections.correct(paper.id(), add, remove);
        return Reply.ok(RichText.builder().own("Tags of \"").quoted(paper.displayTitle()).own("\" are now " + hashtags(next)
                + ". A curator set them: re-tagging keeps them, and the tagger learns each tag from them.").build());
    }

    private List<String> names(List<String> typed, List<String> problems) {
        List<String> out = new ArrayList<>();
        for (String text : typed) {
            Optional<Tag> tag = vocabulary.find(text);
            if (tag.isPresent()) {
                out.add(tag.get().name());
            } else {
                List<String> close = vocabulary.suggest(text, 3);
                problems.add("I don't know the tag `" + Echo.clip(text) + "`."
                        + (close.isEmpty() ? " See `/papers tags`." : " Closest: " + hashtags(close) + "."));
            }
        }
        return out;
    }

    /** The paper's title, quoted, then Paperboy's words about it. */
    private static RichText titled(Paper paper, String after) {
        return RichText.builder().own("\"").quoted(paper.displayTitle()).own("\"" + after).build();
    }

    private static String describe(List<TagScore> tags) {
        if (tags.isEmpty()) {
            return " has no tags yet, so only channels that follow no tag get it.";
        }
        boolean human = tags.stream().anyMatch(t -> TagScore.HUMAN.equals(t.origin()));
        return " is tagged " + tags.stream()
                .map(t -> human ? "#" + t.tag() : String.format(Locale.ROOT, "#%s (%.0f%%)", t.tag(), 100 * t.confidence()))
                .collect(Collectors.joining(" ")) + (human ? ", by a curator." : ", by the tagger.");
    }

    private static String hashtags(java.util.Collection<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
    }
}
