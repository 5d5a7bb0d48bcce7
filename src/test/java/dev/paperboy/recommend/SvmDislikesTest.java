package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A 👎 teaches the lexical model as much as a 👍: what members disliked stops ranking like what they liked. */
class SvmDislikesTest {

    @Test
    void papersLikeTheDislikedOnesScoreBelowPapersLikeTheLikedOnes() {
        // GIVEN a channel that liked papers on policy learning for robots, and disliked policy learning for games,
        // among many unread papers of other words
        LexicalProfile profile = new LexicalProfile();
        Random random = new Random(9);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String topic = i < 30 ? "reinforcement learning policy for robot manipulation grasping "
                    : i < 60 ? "reinforcement learning policy for video game atari agents " : "";
            StringBuilder text = new StringBuilder(topic);
            for (int w = 0; w < 40; w++) {
                text.append("word").append(random.nextInt(5_000)).append(' ');
            }
            papers.add(new Paper("p" + i, "Paper " + i, text.toString(), List.of("X"), List.of(), Instant.EPOCH, 0, 1, "test"));
        }
        profile.observe(papers);
        List<LexicalProfile.Vector> liked = vectors(profile, 0, 25);
        List<LexicalProfile.Vector> disliked = vectors(profile, 30, 55);
        List<LexicalProfile.Vector> unread = vectors(profile, 60, 1_000);

        // WHEN the SVM weighs each dislike as it weighs a like
        SparseSvm svm = SparseSvm.train(liked, disliked, unread, new Random(1));
        // and, for contrast, as one more unread paper
        List<LexicalProfile.Vector> lumped = new ArrayList<>(disliked);
        lumped.addAll(unread);
        SparseSvm weak = SparseSvm.train(liked, lumped, new Random(1));

        // THEN unseen game papers rank below every unseen robot paper only when dislikes count
        double worstRobot = worst(svm, profile, 25, 30);
        double bestGame = best(svm, profile, 55, 60);
        assertThat(bestGame).isLessThan(worstRobot);
        assertThat(bestGame).as("a paper like the disliked ones is on the negative side").isLessThan(0);
        assertThat(best(weak, profile, 55, 60) - worst(weak, profile, 25, 30))
                .as("lumped with the unread papers, dislikes hardly separate the two").isGreaterThan(bestGame - worstRobot);
    }

    private static List<LexicalProfile.Vector> vectors(LexicalProfile profile, int from, int to) {
        List<LexicalProfile.Vector> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(profile.vector("p" + i));
        }
        return out;
    }

    private static double worst(SparseSvm svm, LexicalProfile profile, int from, int to) {
        return vectors(profile, from, to).stream().mapToDouble(svm::margin).min().orElseThrow();
    }

    private static double best(SparseSvm svm, LexicalProfile profile, int from, int to) {
        return vectors(profile, from, to).stream().mapToDouble(svm::margin).max().orElseThrow();
    }
}
