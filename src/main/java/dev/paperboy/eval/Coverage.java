package dev.paperboy.eval;

import dev.paperboy.summary.Extract;
import dev.paperboy.summary.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a summary covers a labelled span: at least {@link #OVERLAP} of the span's characters lie inside the
 * sentences the summary was made from. "As shown" counts only the part of those sentences the chat line kept
 * (the first {@code shown} share of their characters, in order), so a cut that drops the result is a miss.
 */
final class Coverage {

    static final double OVERLAP = 0.5;

    private Coverage() {
    }

    /** Raw character ranges {@code [start, end)} of the extract's sentences, whole or as shown. */
    static List<int[]> ranges(Extract extract, boolean asShown) {
        int total = extract.sentences().stream().mapToInt(Sentence::length).sum();
        int budget = asShown ? (int) Math.round(extract.shown() * total) : total;
        List<int[]> out = new ArrayList<>();
        for (Sentence s : extract.sentences()) {
            if (budget <= 0) {
                break;
            }
            int take = Math.min(budget, s.length());
            out.add(new int[] {s.start(), s.start() + take});
            budget -= take;
        }
        return out;
    }

    static double insideShare(List<int[]> ranges, LabelledAbstract.Span span) {
        int inside = 0;
        for (int[] r : ranges) {
            inside += Math.max(0, Math.min(r[1], span.end()) - Math.max(r[0], span.start()));
        }
        return (double) inside / span.length();
    }

    static boolean covers(List<int[]> ranges, LabelledAbstract.Span span) {
        return insideShare(ranges, span) >= OVERLAP;
    }

    static boolean containsWhole(List<int[]> ranges, LabelledAbstract.Span span) {
        return insideShare(ranges, span) >= 1.0;
    }
}
