package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagMetricsTest {

    @Test
    void givenPredictionsAndTruth_whenScored_thenPerTagAndMicroAveragesCountOnlyJudgedTags() {
        List<Set<String>> truth = List.of(Set.of("rl", "reasoning"), Set.of("rl"), Set.of("diffusion"));
        List<Set<String>> predicted = List.of(Set.of("rl", "agent"), Set.of("rl", "reasoning"), Set.of());
        TagMetrics m = TagMetrics.of(predicted, truth);

        assertThat(m.byTag()).containsOnlyKeys("rl", "reasoning", "diffusion");
        assertThat(m.byTag().get("rl").f1()).isEqualTo(1.0);
        assertThat(m.byTag().get("reasoning").precision()).isEqualTo(0.0);
        assertThat(m.unjudged()).as("#agent is in no paper's truth").isEqualTo(1);
        // 2 right, 1 wrong (#reasoning on paper 2), 2 missed (#reasoning on paper 1, #diffusion).
        assertThat(m.micro().precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.micro().recall()).isCloseTo(2.0 / 4, within(1e-9));
        assertThat(m.micro().f1()).isCloseTo(4.0 / 7, within(1e-9));
    }
}
