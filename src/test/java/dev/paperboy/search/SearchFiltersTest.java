package dev.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GIVEN the fixture corpus WHEN a query carries filters THEN every hit satisfies them, alone or with words. */
class SearchFiltersTest {

    private static SearchFixture fixture;

    @BeforeAll
    static void open() throws Exception {
        fixture = SearchFixture.hybrid();
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    private static List<String> ids(String query) throws SearchQueryException {
        return fixture.ids(fixture.service.search(query, 20));
    }

    @Test
    void tagKeepsOnlyPapersWithTheTagInAnyCaseWithOrWithoutHash() throws Exception {
        List<String> rl = ids("learning tag:rl");
        assertThat(rl).containsExactlyInAnyOrder("2501.10010", "2501.10011", "2501.10021");
        assertThat(ids("learning tag:#RL")).isEqualTo(rl);
        assertThat(ids("tag:rl,video")).hasSize(6).allSatisfy(id -> assertThat(fixture.tags.get(id)).containsAnyOf("rl", "video"));
        assertThat(ids("tag:rl tag:lm")).containsExactly("2501.10010");
    }

    @Test
    void anUnknownTagIsRefusedWithTheClosestTags() {
        assertThatThrownBy(() -> ids("diffusion tag:difusion")).isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("difusion").hasMessageContaining("#diffusion");
    }

    @Test
    void authorMatchesAnyPartOfANameFoldedToAsciiOrAWholeNameInQuotes() throws Exception {
        assertThat(ids("author:lovelace")).containsExactly("2501.10010", "2501.10011"); // newest first
        assertThat(ids("author:muller")).containsExactly("2501.10013");                   // Jana Müller
        assertThat(ids("author:\"Ana María Ortega\"")).containsExactly("2501.10014");
        assertThat(ids("author:\"Ortega Ana\"")).isEmpty();
        assertThat(ids("reinforcement author:hopper,turing")).containsExactlyInAnyOrder("2501.10010", "2501.10011");
    }

    @Test
    void categoryMatchesTheCodeOrItsArchive() throws Exception {
        assertThat(ids("cat:eess.AS")).containsExactlyInAnyOrder("2501.10007", "2501.10009");
        assertThat(ids("cat:eess")).containsExactlyInAnyOrder("2501.10007", "2501.10009", "2501.10016", "2501.10018");
        assertThat(ids("learning cat:cs.RO")).containsExactlyInAnyOrder("2501.10001", "2501.10021");
        assertThatThrownBy(() -> ids("cat:???")).hasMessageContaining("cat:cs.CL");
    }

    @Test
    void sinceKeepsPapersFromThatDayOnAndABadDateSaysHowToWriteIt() throws Exception {
        assertThat(ids("since:2025-09-01")).containsExactly("2501.10021", "2501.10018");
        assertThat(ids("since:2025-09-04")).containsExactly("2501.10021");
        SearchResult recent = fixture.service.search("reinforcement learning since:2025-06-01", 20);
        assertThat(recent.hits()).allSatisfy(hit -> assertThat(hit.published()).isAfterOrEqualTo("2025-06-01T00:00:00Z"));
        assertThat(fixture.ids(recent).subList(0, 2)).containsExactlyInAnyOrder("2501.10010", "2501.10021");
        assertThat(ids("since:2025-10")).containsExactly("2501.10021");
        assertThatThrownBy(() -> ids("since:2025-13-45")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ids("since:yesterday")).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aQuotedPhraseMustOccurAsAPhrase() throws Exception {
        assertThat(ids("\"policy gradient\"")).containsExactly("2501.10010");
        assertThat(ids("\"gradient policy\"")).isEmpty();
        assertThat(ids("“policy gradient” agents")).containsExactly("2501.10010"); // curly quotes, as phones type them
        assertThat(ids("agents \"policy gradient")).containsExactly("2501.10010");  // an unclosed quote runs to the end
    }

    @Test
    void onlyFiltersListTheNewestFirstWithHowManyMatch() throws Exception {
        SearchResult result = fixture.service.search("tag:lm", 2);
        assertThat(result.ranking()).isEqualTo(SearchResult.Ranking.NEWEST);
        assertThat(result.matching()).isEqualTo(fixture.tags.values().stream().filter(t -> t.contains("lm")).count());
        assertThat(fixture.ids(result)).containsExactly("2501.10012", "2501.10010");
    }

    @Test
    void hitsCarryWhatAReplyShows() throws Exception {
        SearchHit hit = fixture.service.search("author:\"Jana Müller\"", 1).hits().get(0);
        assertThat(hit.title()).isEqualTo("Selective State Space Models for Long Sequences");
        assertThat(hit.authors()).containsExactly("Jana Müller", "Lukas Schmidt");
        assertThat(hit.published()).hasToString("2024-12-01T00:00:00Z");
        assertThat(hit.tags()).contains("state-space-model");
        assertThat(hit.url()).isEqualTo("https://arxiv.org/abs/2501.10013");
    }
}
