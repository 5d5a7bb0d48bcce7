package dev.paperboy.summary;

import java.util.List;

/**
 * How strongly each sentence of an abstract states the paper's idea, and how strongly it reports a result.
 * Evidence is cue phrases, discounted by background and problem phrasing; position adds what abstracts share:
 * the first sentence sets the scene, the idea comes after "we propose X" (often in the sentence that then says
 * how X works), results come late. Pointers (code links), announcements ("our contributions are twofold:"),
 * fragments and sentences that lean on an earlier one ("This allows…", meaningless alone in chat) score low.
 */
final class SentenceScores {

    private final double[] idea;
    private final double[] result;

    private SentenceScores(double[] idea, double[] result) {
        this.idea = idea;
        this.result = result;
    }

    static SentenceScores of(List<Sentence> sentences) {
        int n = sentences.size();
        double[] idea = new double[n];
        double[] result = new double[n];
        boolean previousProposes = false;
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i).text();
            boolean proposes = Cues.PROPOSE.matcher(s).find();
            double ideaCues = Cues.sum(Cues.IDEA, s);
            double resultCues = Cues.sum(Cues.RESULT, s);
            double background = Cues.sum(Cues.BACKGROUND, s);
            double position = n > 1 ? (double) i / (n - 1) : 0;
            boolean pointer = Cues.POINTER.matcher(s).find();

            double ideaScore = ideaCues - 0.7 * background;
            if (Cues.KEY_IDEA.matcher(s).find()) {
                ideaScore += 2;
            }
            if (Cues.SECONDARY.matcher(s).find()) {
                ideaScore -= 0.7;
            }
            if (previousProposes && !proposes) {
                ideaScore += 1.5;
            }
            if (!proposes && Cues.STUDY.matcher(s).find()) {
                ideaScore -= 0.5;
            }
            if (Cues.FIRST_PERSON.matcher(s).find()) {
                ideaScore += 0.5;
            }
            if (resultCues >= 2) {
                ideaScore -= 0.5 * resultCues;
            }

            double resultScore = resultCues - 0.5 * background + 1.5 * position;

            if (i == 0) {
                ideaScore -= 1.5;
                resultScore -= 1.5;
            }
            if (Cues.DANGLING.matcher(s).find()) {
                ideaScore -= 0.5;
                resultScore -= 0.5;
            }
            if (Cues.ANNOUNCEMENT.matcher(s).find()) {
                ideaScore -= 3;
                resultScore -= 3;
            }
            if (pointer) {
                ideaScore -= 5;
                resultScore -= 5;
            }
            if (s.length() < 50) {
                ideaScore -= 1;
            }
            if (s.length() < 40) {
                resultScore -= 1;
            }
            idea[i] = ideaScore;
            result[i] = resultScore;
            previousProposes = proposes;
        }
        return new SentenceScores(idea, result);
    }

    double idea(int i) {
        return idea[i];
    }

    double result(int i) {
        return result[i];
    }

    int bestIdea() {
        return argmax(idea);
    }

    int bestResult() {
        return argmax(result);
    }

    /** The first index of the highest score, so ties go to the earlier sentence. */
    private static int argmax(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
