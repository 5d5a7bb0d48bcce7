package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The splits of eval tagging; the development half's folds are what a setting of the tagger is chosen on, so the test half is never seen. */
class TaggingSplitsTest {

    /** Rows as the evaluation has them: a sorted, gappy subset of all papers (the development half). */
    private static final List<Integer> DEV = IntStream.range(0, 943).filter(i -> i % 3 != 1).boxed().toList();

    @Test
    void givenTheDevelopmentRows_whenSplitInFive_thenTheFoldsAreDisjointAndCoverEveryRow() {
        List<List<Integer>> folds = TaggingSplits.folds(DEV, 5, 11);

        assertThat(folds).hasSize(5);
        Set<Integer> seen = new HashSet<>();
        List<Integer> all = new ArrayList<>();
        folds.forEach(all::addAll);
        all.forEach(r -> assertThat(seen.add(r)).as("row %d in one fold only", r).isTrue());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(DEV);
        assertThat(folds).allSatisfy(f -> assertThat(f.size()).isBetween(DEV.size() / 5, DEV.size() / 5 + 1));
        assertThat(folds).allSatisfy(f -> assertThat(f).isSorted());
    }

    @Test
    void givenTheSameSeed_whenSplitTwice_thenTheFoldsAreTheSame_andAnotherSeedDealsOtherwise() {
        assertThat(TaggingSplits.folds(DEV, 5, 11)).isEqualTo(TaggingSplits.folds(DEV, 5, 11));
        assertThat(TaggingSplits.folds(DEV, 5, 12)).isNotEqualTo(TaggingSplits.folds(DEV, 5, 11));
    }

    @Test
    void givenAFold_whenItsTrainingRowsAreTaken_thenTheyAreEveryOtherRowAndNoneOfItsOwn() {
        List<List<Integer>> folds = TaggingSplits.folds(DEV, 5, 11);
        for (int f = 0; f < 5; f++) {
            List<Integer> training = TaggingSplits.training(folds, f);
            assertThat(training).doesNotContainAnyElementsOf(folds.get(f)).isSorted();
            assertThat(training.size() + folds.get(f).size()).isEqualTo(DEV.size());
        }
    }

    @Test
    void givenAllLabelledPapers_whenHalved_thenDevelopmentAndTestAreDisjointAndCoverThemAll() {
        List<List<Integer>> halves = TaggingSplits.halves(1881, 7);

        assertThat(halves.get(0)).hasSize(940).doesNotContainAnyElementsOf(halves.get(1));
        assertThat(halves.get(1)).hasSize(941);
        assertThat(halves).isEqualTo(TaggingSplits.halves(1881, 7));
    }

    @Test
    void givenTooFewRows_whenSplit_thenRefused() {
        assertThatThrownBy(() -> TaggingSplits.folds(List.of(1, 2), 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaggingSplits.folds(DEV, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
