package dev.paperboy.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which tags a paper gets from its tags' probabilities: the decision rules the folds compare. */
class TagDecisionTest {

    private static final double CUT = 0.3;

    @Test
    void givenTheRuleBeforeTheFolds_whenAssigned_thenTagsAtTheThresholdAndTheLikeliestAtHalfOfIt() {
        TagDecision rule = TagDecision.THRESHOLD;

        assertThat(rule.assign(new double[] {0.5, 0.4, 0.05}, CUT)).containsExactly(true, true, false);
        assertThat(rule.assign(new double[] {0.1, 0.2, 0.05}, CUT)).containsExactly(false, true, false);
        assertThat(rule.assign(new double[] {0.1, 0.14, 0.05}, CUT)).containsExactly(false, false, false);
    }

    @Test
    void givenACap_whenMoreTagsReachTheThreshold_thenOnlyTheLikeliestAreKept() {
        TagDecision atMostTwo = new TagDecision(2, 0.5, 0);

        assertThat(atMostTwo.assign(new double[] {0.4, 0.9, 0.35, 0.6, 0.1}, CUT)).containsExactly(false, true, false, true, false);
        assertThat(atMostTwo.assign(new double[] {0.4, 0.1}, CUT)).containsExactly(true, false);
    }

    @Test
    void givenACapAndATie_whenAssigned_thenTheEarlierTagIsKept() {
        assertThat(new TagDecision(1, 0.5, 0).assign(new double[] {0.2, 0.6, 0.6}, CUT)).containsExactly(false, true, false);
    }

    @Test
    void givenAFloor_whenNoTagReachesTheThreshold_thenTheLikeliestIsKeptOnlyAboveTheFloor() {
        double[] weak = {0.02, 0.05, 0.01};

        assertThat(new TagDecision(0, 0, 0).assign(weak, CUT)).containsExactly(false, true, false);
        assertThat(new TagDecision(0, 0.25, 0).assign(weak, CUT)).containsExactly(false, false, false);
        assertThat(new TagDecision(0, 0.25, 0).assign(new double[] {0.02, 0.08, 0.01}, CUT)).containsExactly(false, true, false);
        assertThat(new TagDecision(0, 1, 0).assign(new double[] {0.1, 0.29, 0.05}, CUT)).containsExactly(false, false, false);
    }

    @Test
    void givenARelativeCut_whenATagIsFarWeakerThanThePapersBest_thenItIsDropped() {
        TagDecision half = new TagDecision(0, 0.5, 0.5);

        assertThat(half.assign(new double[] {0.95, 0.4, 0.5}, CUT)).containsExactly(true, false, true);
        assertThat(half.assign(new double[] {0.5, 0.4}, CUT)).containsExactly(true, true);
    }

    @Test
    void givenNoTags_whenAssigned_thenNothing() {
        assertThat(new TagDecision(2, 0, 0.5).assign(new double[0], CUT)).isEmpty();
    }

    @Test
    void givenImpossibleSettings_whenBuilt_thenRefused() {
        assertThatThrownBy(() -> new TagDecision(-1, 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TagDecision(0, 0.5, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenRules_whenDescribed_thenEachSettingIsNamed() {
        assertThat(TagDecision.THRESHOLD.describe()).isEqualTo("threshold, else the likeliest at 0.5 of it");
        assertThat(new TagDecision(3, 0, 0.5).describe()).isEqualTo("threshold, else always the likeliest, tags at least 0.5 of the best, at most 3 tags");
        assertThat(new TagDecision(0, 1, 0).describe()).isEqualTo("threshold alone");
    }
}
