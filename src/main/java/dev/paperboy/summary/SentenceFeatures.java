package dev.paperboy.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers {@link SentenceModel} reads for each sentence of an abstract: where it stands, which cue phrases it
 * holds (one feature per cue of {@link Cues}), its length, and how much of its vocabulary the rest of the abstract
 * shares. Every feature is a habit of scientific abstracts in general, none of a data set.
 */
public final class SentenceFeatures {

    private static final List<String> POSITION = List.of("position (0 first, 1 last)", "first sentence", "second sentence",
            "last sentence", "after \"we propose\"", "before the first \"we propose\"", "last third × result cue", "opens with We/Our");
    private static final List<String> SHAPE = List.of("we study/investigate", "key idea", "also/moreover/first", "we/our/this paper",
            "opens with This/It", "announcement (\"twofold:\")", "pointer (code, URL)", "vague result", "specific result (number, comparison)",
            "length (100 chars)", "shorter than 50 chars", "words shared with the rest");
    /** The features' names, in the order of {@link #of}'s rows and of the model's weights. */
    public static final List<String> NAMES = names();

    private static final Pattern OPENS_WE = Pattern.compile("^(We|Our)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{4,}");

    private SentenceFeatures() {
    }

    /** One row of {@link #NAMES}'s length per sentence. */
    public static double[][] of(List<Sentence> sentences) {
        int n = sentences.size();
        List<Set<String>> words = new ArrayList<>();
        for (Sentence s : sentences) {
            words.add(words(s.text()));
        }
        double[][] rows = new double[n][];
        int firstProposal = n;
        for (int i = n - 1; i >= 0; i--) {
            if (Cues.PROPOSE.matcher(sentences.get(i).text()).find()) {
                firstProposal = i;
            }
        }
        boolean previousProposes = false;
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i).text();
            boolean proposes = Cues.PROPOSE.matcher(s).find();
            double[] x = new double[NAMES.size()];
            int k = 0;
            x[k++] = n > 1 ? (double) i / (n - 1) : 0;
            x[k++] = flag(i == 0);
            x[k++] = flag(i == 1);
            x[k++] = flag(n > 1 && i == n - 1);
            x[k++] = flag(previousProposes && !proposes);
            x[k++] = flag(firstProposal < n && i < firstProposal);
            x[k++] = flag(3 * i >= 2 * (n - 1) && Cues.RESULT.stream().anyMatch(c -> c.in(s)));
            x[k++] = flag(OPENS_WE.matcher(s).find());
            for (List<Cues.Cue> group : List.of(Cues.IDEA, Cues.RESULT, Cues.BACKGROUND)) {
                for (Cues.Cue cue : group) {
                    x[k++] = flag(cue.in(s));
                }
            }
            x[k++] = flag(!proposes && Cues.STUDY.matcher(s).find());
            x[k++] = flag(Cues.KEY_IDEA.matcher(s).find());
            x[k++] = flag(Cues.SECONDARY.matcher(s).find());
            x[k++] = flag(Cues.FIRST_PERSON.matcher(s).find());
            x[k++] = flag(Cues.DANGLING.matcher(s).find());
            x[k++] = flag(Cues.ANNOUNCEMENT.matcher(s).find());
            x[k++] = flag(Cues.POINTER.matcher(s).find());
            x[k++] = flag(Cues.VAGUE_RESULT.matcher(s).find());
            x[k++] = flag(Cues.SPECIFIC_RESULT.matcher(s).find());
            x[k++] = s.length() / 100.0;
            x[k++] = flag(s.length() < 50);
            x[k++] = shared(words, i);
            rows[i] = x;
            previousProposes = proposes;
        }
        return rows;
    }

    /** The share of a sentence's longer words that another sentence of the abstract also uses: its centrality. */
    private static double shared(List<Set<String>> words, int i) {
        Set<String> own = words.get(i);
        if (own.isEmpty()) {
            return 0;
        }
        Set<String> others = new HashSet<>();
        for (int j = 0; j < words.size(); j++) {
            if (j != i) {
                others.addAll(words.get(j));
            }
        }
        return (double) own.stream().filter(others::contains).count() / own.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>(POSITION);
        for (List<Cues.Cue> group : List.of(Cues.IDEA, Cues.RESULT, Cues.BACKGROUND)) {
            group.forEach(c -> out.add(c.name()));
        }
        out.addAll(SHAPE);
        return List.copyOf(out);
    }
}
