package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.util.List;

/**
 * The default summary, with no network: the one or two sentences of the abstract most likely to state the paper's
 * idea or report its result, by {@link SentenceModel}, that fit in a chat line together, in the abstract's order.
 * Two sentences are chosen to maximize the chance that at least one of them is right; pointers (code links) and
 * announcements ("our contributions are twofold:") are never chosen while another sentence is there, and a result
 * any abstract could end with ("experiments show the effectiveness of our method") is never the line alone.
 */
public final class ExtractiveSummarizer implements Summarizer {

    /**
     * A sentence less likely than this is background to a reader: no pair holds one. On the labelled abstracts a
     * floor of 0.1 left coverage unchanged and dropped the second sentence from 56% to 43% of the lines' pairs.
     */
    static final double MIN_PARTNER = 0.1;

    private final int maxChars;
    private final SentenceModel model;

    public ExtractiveSummarizer(int maxChars) {
        this(maxChars, SentenceModel.fitted());
    }

    /** With another model: how the fit's cross-validation measures a model it did not ship. */
    public ExtractiveSummarizer(int maxChars, SentenceModel model) {
        if (maxChars < 40) {
            throw new IllegalArgumentException("summary.max-chars must be at least 40, got " + maxChars);
        }
        if (!model.fits()) {
            throw new IllegalArgumentException("the sentence model has not one weight per feature");
        }
        this.maxChars = maxChars;
        this.model = model;
    }

    public int maxChars() {
        return maxChars;
    }

    @Override
    public String summarize(Paper paper) {
        Extract extract = extract(paper.abstractText());
        return extract.text().isEmpty() ? ChatText.shorten(ChatText.clean(paper.displayTitle()), maxChars) : extract.text();
    }

    /** The chosen sentences and the chat line made of them. */
    public Extract extract(String abstractText) {
        return Extract.of(choose(Sentences.split(abstractText)), maxChars);
    }

    /** The likeliest pair that fits (the chance that either is right), else the likeliest sentence, cut if it must be. */
    public List<Sentence> choose(List<Sentence> sentences) {
        return choose(sentences, true);
    }

    /** The one sentence the summarizer picks when it may not pair two: the eval's single-sentence variant. */
    public List<Sentence> chooseOne(List<Sentence> sentences) {
        return choose(sentences, false);
    }

    private List<Sentence> choose(List<Sentence> sentences, boolean mayPair) {
        int n = sentences.size();
        if (n <= 1) {
            return sentences;
        }
        double[] p = model.probabilities(sentences);
        int[] length = new int[n];
        boolean[] usable = new boolean[n];
        boolean[] alone = new boolean[n];
        boolean[] refersBack = new boolean[n];
        boolean anyUsable = false;
        boolean anyAlone = false;
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i).text();
            length[i] = ChatText.sentence(s).length();
            usable[i] = length[i] > 0 && !Cues.POINTER.matcher(s).find() && !Cues.ANNOUNCEMENT.matcher(s).find();
            refersBack[i] = i > 0 && Cues.REFERS_BACK.matcher(s.strip()).find();
            alone[i] = usable[i] && !refersBack[i] && !Cues.VAGUE_RESULT.matcher(s).find();
            anyUsable |= usable[i];
            anyAlone |= alone[i];
        }
        int single = best(p, anyAlone ? alone : usable, anyAlone || anyUsable);
        if (!mayPair) {
            return List.of(sentences.get(single));
        }
        int first = -1;
        int second = -1;
        double bestPair = p[single];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // A sentence that refers back comes only right after the sentence it refers to.
                if ((usable[i] && usable[j] || !anyUsable) && !refersBack[i] && (!refersBack[j] || j == i + 1)
                        && length[i] + 1 + length[j] <= maxChars
                        && Math.min(p[i], p[j]) >= MIN_PARTNER) {
                    double either = 1 - (1 - p[i]) * (1 - p[j]);
                    if (either > bestPair) {
                        bestPair = either;
                        first = i;
                        second = j;
                    }
                }
            }
        }
        return first < 0 ? List.of(sentences.get(single)) : List.of(sentences.get(first), sentences.get(second));
    }

    /** The likeliest sentence among the allowed ones (all when none is allowed). */
    private static int best(double[] p, boolean[] allowed, boolean anyAllowed) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if ((allowed[i] || !anyAllowed) && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best;
    }
}
