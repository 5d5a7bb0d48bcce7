package dev.paperboy.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences and keeps where each one lies in the raw text, so a choice can be checked
 * against labelled character spans. A boundary is end punctuation, then space, then something that can start a
 * sentence; abbreviations ("e.g.", "et al.", "vs.") and initials do not end one.
 */
public final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])([\"'”’)\\]]*)\\s+(?=[\"'“‘(\\[{$\\\\]?[A-Z0-9$\\\\(\\[])");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "al.", "vs.", "cf.", "fig.", "figs.", "eq.", "eqs.",
            "sec.", "no.", "approx.", "resp.", "a.k.a.", "w.r.t.", "incl.", "dr.", "prof.", "mr.", "ms.", "st.", "inc.", "ltd.",
            "corp.", "jr.", "ref.", "refs.", "tab.", "ch.", "viz.", "ca.", "vol.", "pp.");
    private static final Pattern INITIAL = Pattern.compile("(^|[\\s(])[A-Z]\\.$");

    private Sentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int from = 0;
        while (m.find()) {
            int end = m.end(1);
            if (endsWithAbbreviation(text, m.start())) {
                continue;
            }
            add(text, from, end, out);
            from = m.end();
        }
        add(text, from, text.length(), out);
        return out;
    }

    private static boolean endsWithAbbreviation(String text, int dotEnd) {
        int wordStart = dotEnd;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dotEnd).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        return INITIAL.matcher(text.substring(Math.max(0, dotEnd - 3), dotEnd)).find();
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }
}
