package dev.paperboy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceModelTest {

    @Test
    void givenTheShippedWeights_whenLoaded_thenThereIsOneForEveryFeature() {
        assertThat(SentenceModel.fitted().fits()).isTrue();
    }

    @Test
    void givenAnAbstract_whenScored_thenTheIdeaAndTheResultOutrankTheBackgroundAndTheCodeLink() {
        double[] p = SentenceModel.fitted().probabilities(Sentences.split(ExtractiveSummarizerTest.ABSTRACT));
        // background, problem, idea, result, code link
        assertThat(p[2]).isGreaterThan(p[0]).isGreaterThan(p[4]);
        assertThat(p[3]).isGreaterThan(p[0]).isGreaterThan(p[1]).isGreaterThan(p[4]);
    }
}
