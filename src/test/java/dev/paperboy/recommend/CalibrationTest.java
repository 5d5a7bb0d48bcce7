package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void withoutVotesTheModelsOwnProbabilityStands() {
        Calibration none = Calibration.fit(List.of());
        assertThat(none.likelihood(2.0)).isCloseTo(1 / (1 + Math.exp(-2.0)), within(1e-9));
        assertThat(none.likelihood(Double.NaN)).isNaN();
    }

    @Test
    void manyVotesRecoverHowOftenSuchPapersAreLiked() {
        // A channel likes a paper the model gives logit x with probability σ(0.5·x − 1): the model is over-confident.
        Random random = new Random(7);
        List<Calibration.Vote> votes = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            double x = random.nextDouble() * 8 - 4;
            votes.add(new Calibration.Vote(x, random.nextDouble() < 1 / (1 + Math.exp(-(0.5 * x - 1)))));
        }
        Calibration fitted = Calibration.fit(votes);
        assertThat(fitted.slope()).isCloseTo(0.5, within(0.1));
        assertThat(fitted.intercept()).isCloseTo(-1.0, within(0.15));
        assertThat(fitted.votes()).isEqualTo(3_000);
    }

    @Test
    void aFewVotesMoveThePriorOnlyALittle() {
        // Three dislikes of papers the model was sure of: lower, but not to nothing.
        Calibration few = Calibration.fit(List.of(new Calibration.Vote(3, false), new Calibration.Vote(3, false), new Calibration.Vote(3, false)));
        double p = few.likelihood(3);
        assertThat(p).isLessThan(1 / (1 + Math.exp(-3.0))).isGreaterThan(0.05);
    }
}
