package dev.paperboy.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaggerCalibrationTest {

    @Test
    void givenPairsDrawnFromAKnownLogisticModel_whenFitted_thenTheWeightsComeBack() {
        Random random = new Random(3);
        double[] truth = {1.5, -2.0, 0, 0.5, 1.0, 0, -1.0, 0.8, 0.3, -0.6};
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double[] f = new double[truth.length];
            double z = -1.0;
            for (int j = 0; j < truth.length; j++) {
                f[j] = random.nextGaussian();
                z += truth[j] * f[j];
            }
            x.add(f);
            y.add(random.nextDouble() < 1 / (1 + Math.exp(-z)));
        }
        TaggerWeights fitted = TaggerCalibration.fit(x, y);
        for (int j = 0; j < truth.length; j++) {
            assertThat(fitted.weights()[j]).as(TagFeatures.NAMES.get(j)).isCloseTo(truth[j], within(0.15));
        }
        assertThat(fitted.bias()).isCloseTo(-1.0, within(0.15));
    }

    @Test
    void givenScoredPairs_whenCut_thenTheThresholdWithTheBestF1IsChosen() {
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2};
        boolean[] labels = {true, true, false, true, false, false, true};
        TaggerCalibration.Cut cut = TaggerCalibration.bestCut(scores, labels);
        // Taking the top four finds 3 of 4 positives with 1 false positive: F1 0.75, better than any other cut.
        assertThat(cut.f1()).isCloseTo(0.75, within(1e-9));
        assertThat(cut.threshold()).isCloseTo(0.5, within(1e-9));
    }
}
