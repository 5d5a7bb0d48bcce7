package dev.paperboy.eval;

import dev.paperboy.summary.Extract;
import dev.paperboy.summary.ExtractiveSummarizer;
import dev.paperboy.summary.Sentence;
import dev.paperboy.summary.Sentences;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The summarizers a new one must beat, each cut to the same chat length: the first sentence (what a feed shows),
 * the last sentence (where results often are), and the walking skeleton's rule (the first sentence saying "we
 * propose/show…", else the first).
 */
public final class SummaryBaselines {

    private static final Pattern SKELETON_CUE = Pattern.compile(
            "\\b(we|this (paper|work)|our (method|approach|model|framework)|here,? we)\\b.{0,40}?\\b(propose|present|introduce"
                    + "|develop|show|find|demonstrate|design|study|investigate|explore|describe|achiev|outperform)",
            Pattern.CASE_INSENSITIVE);

    private SummaryBaselines() {
    }

    /** The methods of the report, baseline first. */
    public static List<SummaryEval.Method> methods(int maxChars) {
        ExtractiveSummarizer extractive = new ExtractiveSummarizer(maxChars);
        return List.of(
                new SummaryEval.Method("first sentence (baseline)", text -> pick(text, maxChars, Pick.FIRST)),
                new SummaryEval.Method("last sentence", text -> pick(text, maxChars, Pick.LAST)),
                new SummaryEval.Method("first \"we propose/show\" sentence (skeleton)", text -> pick(text, maxChars, Pick.CUE)),
                new SummaryEval.Method("extractive, one sentence", text -> Extract.of(extractive.chooseOne(Sentences.split(text)), maxChars)),
                new SummaryEval.Method("extractive (default: the likeliest pair that fits)", extractive::extract));
    }

    private enum Pick { FIRST, LAST, CUE }

    private static Extract pick(String text, int maxChars, Pick how) {
        List<Sentence> sentences = Sentences.split(text);
        if (sentences.isEmpty()) {
            return Extract.of(sentences, maxChars);
        }
        Sentence chosen = switch (how) {
            case FIRST -> sentences.get(0);
            case LAST -> sentences.get(sentences.size() - 1);
            case CUE -> sentences.stream().filter(s -> SKELETON_CUE.matcher(s.text()).find()).findFirst().orElse(sentences.get(0));
        };
        return Extract.of(List.of(chosen), maxChars);
    }
}
