package dev.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HfDailyJsonParserTest {

    private static final Instant DAY = Instant.parse("2025-08-20T00:00:00Z");
    private final HfDailyJsonParser parser = new HfDailyJsonParser(new ObjectMapper());

    @Test
    void givenTheOlderShape_whenParsed_thenPapersComeWithUpvotesAndCleanTitlesButNoAiFields() {
        PaperBatch batch = parser.parse(SourceFixtures.text("hf_daily_2025-08-19_old_shape.json"), DAY, "hf");

        assertThat(batch.papers()).extracting(Paper::id, Paper::upvotes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2508.14020", 12), org.assertj.core.groups.Tuple.tuple("2508.13990", 31));
        Paper first = batch.papers().get(0);
        assertThat(first.title()).isEqualTo("Offline Reinforcement Learning with Diffusion Policies under Distribution Shift");
        assertThat(first.abstractText()).doesNotContain("\n").endsWith("on D4RL locomotion tasks.");
        assertThat(first.authors()).containsExactly("Farid Haddad", "Grace Liu");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-08-18T20:15:33Z"));
        assertThat(batch.extras()).isEmpty();
        assertThat(batch.skipped()).isEmpty();
    }

    @Test
    void givenTheNewerShape_whenParsed_thenAiSummaryKeywordsAndRepoAreKeptAndABrokenEntryIsSkipped() {
        PaperBatch batch = parser.parse(SourceFixtures.text("hf_daily_2025-08-20_new_shape.json"), DAY, "hf");

        assertThat(batch.papers()).extracting(Paper::id).containsExactly("2508.14001", "2508.14060");
        assertThat(batch.papers().get(0).upvotes()).isEqualTo(163);
        PaperExtras moe = batch.extras().get("2508.14001");
        assertThat(moe.aiSummary()).startsWith("A learned two-layer router outperforms top-k gating");
        assertThat(moe.aiKeywords()).contains("mixture-of-experts", "routing");
        assertThat(moe.githubRepo()).isEqualTo("https://github.com/example-lab/moe-router");
        assertThat(batch.extras().get("2508.14060").githubRepo()).isEmpty();
        assertThat(batch.skipped()).singleElement().asString().contains("An entry whose paper has no id").contains("no arXiv id");
    }

    @Test
    void givenJsonThatBreaksOff_whenParsed_thenTheEntriesBeforeTheBreakAreKept() {
        PaperBatch batch = parser.parse(SourceFixtures.text("hf_daily_malformed.json"), DAY, "hf");

        assertThat(batch.papers()).extracting(Paper::id).containsExactly("2508.14001");
        assertThat(batch.skipped()).singleElement().asString().contains("breaks off");
    }

    @Test
    void givenAnEmptyDay_whenParsed_thenThereIsNothingAndNoComplaint() {
        PaperBatch batch = parser.parse("[]", DAY, "hf");

        assertThat(batch.papers()).isEmpty();
        assertThat(batch.skipped()).isEmpty();
    }

    @Test
    void givenAnErrorObjectOrGarbage_whenParsed_thenItFailsWithASentence() {
        assertThatThrownBy(() -> parser.parse("{\"error\":\"Invalid date\"}", DAY, "hf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid date");
        assertThatThrownBy(() -> parser.parse("<html>502 Bad Gateway</html>", DAY, "hf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
    }
}
