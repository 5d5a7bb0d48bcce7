package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedbackCeilingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeedbackSimulation.Interest INTEREST = new FeedbackSimulation.Interest("x.A", List.of("x.A"));
    private static final int DAYS = 40;
    private static final int START = 10;
    private static final int SIMULATED = 20;

    @Test
    void givenInterestPapersWithTheirOwnWords_whenTheReferenceRanks_thenItPicksEveryOneOfThem() {
        List<JsonNode> rows = listings((day, inside) -> inside ? "acoustic beamforming microphone" : "");

        FeedbackCeiling.Result r = FeedbackCeiling.run(rows, List.of(INTEREST), START, SIMULATED, 1, 42).otherDays();

        // 12 in the seed days besides the 3 seeds, 3 a day for 20 days: 72 of the 100 picks can be inside.
        assertThat(r.scored()).isCloseTo(0.72, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.trainedOn()).as("papers outside the seed and simulated days").isEqualTo((DAYS - SIMULATED - 5) * 50);
    }

    @Test
    void givenTheInterestSaidInOtherWordsDuringTheSimulatedDays_whenTheReferenceRanks_thenItLearnedOnlyFromTheOtherDays() {
        // Outside the window the interest's papers say "acoustic"; inside it they say "optical", and papers outside the
        // interest say "acoustic". Trained on the window's own labels it would find them; trained outside, never.
        List<JsonNode> rows = saidInOtherWordsDuringTheSimulatedDays();

        FeedbackCeiling.Result r = FeedbackCeiling.run(rows, List.of(INTEREST), START, SIMULATED, 1, 42).otherDays();

        assertThat(r.scored()).isLessThan(0.1);
    }

    /**
     * Outside the window the interest's papers say "acoustic"; inside it they say "optical", and papers outside the
     * interest say "acoustic".
     */
    private static List<JsonNode> saidInOtherWordsDuringTheSimulatedDays() {
        return listings((day, inside) -> {
            boolean window = day >= START - 5 && day < START + SIMULATED;
            if (inside) {
                return window ? "optical lens aperture" : "acoustic beamforming microphone";
            }
            return window ? "acoustic beamforming microphone" : "";
        });
    }

    /** 50 papers a listing day, 3 inside the interest; each with filler words and what {@code words} adds. */
    private static List<JsonNode> listings(Words words) {
        Random random = new Random(7);
        List<JsonNode> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 3, 3);
        for (int day = 0; day < DAYS; day++) {
            for (int i = 0; i < 50; i++) {
                boolean inside = i < 3;
                StringBuilder text = new StringBuilder(words.of(day, inside));
                for (int w = 0; w < 8; w++) {
                    text.append(" filler").append(random.nextInt(200));
                }
                // An interest's paper in the window carries the interest's words; three outsiders a day carry the other ones.
                boolean marked = !inside && i < 6;
                ObjectNode row = JSON.createObjectNode();
                row.put("id", "2501." + day + "." + i);
                row.put("title", "Paper " + day + "." + i);
                row.put("abstract", marked || inside ? text.toString() : text.toString().replaceAll("acoustic beamforming microphone", ""));
                row.putArray("authors").add("A. Author");
                row.putArray("categories").add(inside ? "x.A" : "x.B");
                row.put("listing_date", first.plusDays(day).toString());
                rows.add(row);
            }
        }
        return rows;
    }

    private interface Words {
        String of(int day, boolean inside);
    }

    @Test
    void givenTheSameWords_whenTheBoundIsAlsoToldTheSimulatedDays_thenItFindsWhatTheReferenceCannot() {
        List<JsonNode> rows = saidInOtherWordsDuringTheSimulatedDays();

        FeedbackCeiling.Result bound = FeedbackCeiling.run(rows, List.of(INTEREST), START, SIMULATED, 1, 42).inSample();

        assertThat(bound.scored()).isCloseTo(0.72, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(bound.trainedOn()).isEqualTo(DAYS * 50);
    }
}
