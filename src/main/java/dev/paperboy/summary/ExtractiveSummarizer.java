package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The default summary, with no network: the abstract's sentence that states the idea, and the one that reports
 * the result when both fit in a chat line together ("what it does, what it found", in that order). When only one fits, a result
 * with a number or a comparison wins over the idea, because the title usually says what the paper is already;
 * a result any abstract could end with ("experiments show the effectiveness of our method") does not.
 */
public final class ExtractiveSummarizer implements Summarizer {

    /** Result evidence below this is a guess; the idea is the safer line then. */
    static final double RESULT_EVIDENCE = 2.0;
    /** A partner sentence scoring below this is background or a pointer: better no second sentence. */
    static final double MIN_PARTNER = 0;

    private final int maxChars;

    public ExtractiveSummarizer(int maxChars) {
        if (maxChars < 40) {
            throw new IllegalArgumentException("summary.max-chars must be at least 40, got " + maxChars);
        }
        this.maxChars = maxChars;
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

    /** Idea and result together when they fit; else the specific result; else the idea. */
    public List<Sentence> choose(List<Sentence> sentences) {
        return choose(sentences, true);
    }

    /** The one sentence the summarizer picks when it may not pair two: the eval's single-sentence variant. */
    public List<Sentence> chooseOne(List<Sentence> sentences) {
        return choose(sentences, false);
    }

    private List<Sentence> choose(List<Sentence> sentences, boolean mayPair) {
        if (sentences.size() <= 1) {
            return sentences;
        }
        SentenceScores scores = SentenceScores.of(sentences);
        Sentence idea = sentences.get(scores.bestIdea());
        Sentence result = sentences.get(scores.bestResult());
        if (mayPair && idea.index() != result.index() && chatLength(idea) + 1 + chatLength(result) <= maxChars) {
            return List.of(idea, result);
        }
        Sentence anchor = isWorthALine(result.text(), scores.result(result.index())) ? result : idea;
        return mayPair ? withPartner(sentences, scores, anchor, anchor == result) : List.of(anchor);
    }

    /**
     * The chosen sentence and, when one fits beside it, the best-scoring sentence of the other kind (an idea for
     * a result, a result for an idea), in the abstract's order. The best of both often do not fit together
     * while the second best does, and two sentences say more than one.
     */
    private List<Sentence> withPartner(List<Sentence> sentences, SentenceScores scores, Sentence anchor, boolean anchorIsResult) {
        int room = maxChars - 1 - chatLength(anchor);
        Sentence partner = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Sentence s : sentences) {
            double score = anchorIsResult ? scores.idea(s.index()) : scores.result(s.index());
            if (s.index() != anchor.index() && chatLength(s) <= room && score > best) {
                best = score;
                partner = s;
            }
        }
        if (partner == null || best < MIN_PARTNER) {
            return List.of(anchor);
        }
        return partner.index() < anchor.index() ? List.of(partner, anchor) : List.of(anchor, partner);
    }

    private static boolean isWorthALine(String sentence, double evidence) {
        return evidence >= RESULT_EVIDENCE && matches(Cues.SPECIFIC_RESULT, sentence) && !matches(Cues.VAGUE_RESULT, sentence);
    }

    private static int chatLength(Sentence s) {
        return ChatText.sentence(s.text()).length();
    }

    private static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(text).find();
    }
}
