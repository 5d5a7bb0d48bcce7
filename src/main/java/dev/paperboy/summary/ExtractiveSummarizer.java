package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the abstract's sentence that says what the paper does: the first one that speaks of "we propose",
 * "we introduce", "we show" and the like, else the first sentence that is not background. Cleans LaTeX and
 * citations and cuts to a chat-sized line.
 */
public final class ExtractiveSummarizer implements Summarizer {

    private static final Pattern CUE = Pattern.compile(
            "\\b(we|this (paper|work)|our (method|approach|model|framework)|here,? we)\\b.{0,40}?\\b(propose|present|introduce"
                    + "|develop|show|find|demonstrate|design|study|investigate|explore|describe|achiev|outperform)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\\[{$\\\\])");

    private final int maxChars;

    public ExtractiveSummarizer(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public String summarize(Paper paper) {
        List<String> sentences = sentences(clean(paper.abstractText()));
        if (sentences.isEmpty()) {
            return shorten(paper.displayTitle());
        }
        for (String s : sentences) {
            if (CUE.matcher(s).find()) {
                return shorten(s);
            }
        }
        return shorten(sentences.get(0));
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Drops citations, LaTeX commands and math delimiters, and the leading word "Abstract". */
    static String clean(String text) {
        String s = text.replaceAll("\\\\cite[pt]?\\*?(\\[[^]]*])*\\{[^}]*}", "")
                .replaceAll("\\\\(textbf|textit|emph|texttt|mathrm|mathbf|text)\\{([^}]*)}", "$2")
                .replaceAll("\\$([^$]{0,60})\\$", "$1")
                .replaceAll("\\\\([a-zA-Z]+)", "$1")
                .replaceAll("[{}]", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ([,.;:])", "$1")
                .strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("abstract")) {
            s = s.substring("abstract".length()).replaceFirst("^[:.\\s]+", "");
        }
        return s;
    }

    private String shorten(String sentence) {
        if (sentence.length() <= maxChars) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', maxChars - 1);
        return sentence.substring(0, cut > maxChars / 2 ? cut : maxChars - 1).replaceAll("[,;:]$", "") + "…";
    }
}
