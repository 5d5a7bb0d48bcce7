package dev.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a small corpus embedded by the real model WHEN a member describes a paper in words its abstract does not
 * use THEN hybrid ranking (words and meaning) finds it in the top three, where words alone (BM25) do not; and when
 * the words do match, hybrid keeps them first.
 */
class HybridSearchTest {

    private static SearchFixture fixture;

    @BeforeAll
    static void open() throws Exception {
        fixture = SearchFixture.hybrid();
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void aPaperDescribedInOtherWordsRanksHigherWithMeaningThanWithWordsAlone() throws Exception {
        List<List<String>> cases = List.of(
                List.of("making chatbots stop inventing facts", "2501.10004"),          // hallucination, retrieval grounding
                List.of("helping deaf people follow conversations in noisy rooms", "2501.10007"), // talker isolation
                List.of("teaching machines to tidy clothes by watching people", "2501.10001"),     // garment manipulation
                List.of("AI that predicts storms well in advance", "2501.10022"));                  // weather forecasting
        for (List<String> c : cases) {
            int hybrid = rank(fixture.ids(fixture.service.search(c.get(0), 5)), c.get(1));
            int words = rank(fixture.ids(fixture.service.searchWords(c.get(0), 5)), c.get(1));
            assertThat(hybrid).as("hybrid rank of %s for '%s'", c.get(1), c.get(0)).isLessThan(3);
            assertThat(words).as("BM25 rank of %s for '%s'", c.get(1), c.get(0)).isGreaterThan(hybrid);
        }
    }

    @Test
    void whenTheWordsMatchTheyStayOnTop() throws Exception {
        assertThat(fixture.ids(fixture.service.search("Lovelace", 5))).startsWith("2501.10010", "2501.10011");
        assertThat(fixture.ids(fixture.service.search("offline reinforcement learning", 5))).startsWith("2501.10011");
        assertThat(fixture.service.search("Lovelace", 5).ranking()).isEqualTo(SearchResult.Ranking.HYBRID);
    }

    @Test
    void resultsOnlyFoundByMeaningAreDroppedWhenFarBelowTheBest() throws Exception {
        // A name matches two papers; papers merely "near" a surname in meaning are noise.
        assertThat(fixture.ids(fixture.service.search("Lovelace", 10))).containsExactly("2501.10010", "2501.10011");
    }

    @Test
    void moreLikeThisFindsTheClosestPapersButNotThePaperItself() throws Exception {
        List<String> like = fixture.ids(fixture.service.search("like:2501.10011", 3));
        assertThat(like).doesNotContain("2501.10011");
        assertThat(like.subList(0, 2)).containsExactlyInAnyOrder("2501.10010", "2501.10021"); // the other RL papers
        assertThat(fixture.service.similar("2501.10011", 3).ranking()).isEqualTo(SearchResult.Ranking.SIMILAR);
        assertThat(fixture.ids(fixture.service.search("like:2501.10011 cat:cs.RO", 3))).containsExactly("2501.10021", "2501.10001");
    }

    @Test
    void withoutEmbeddingsSearchFallsBackToWords() throws Exception {
        try (SearchFixture words = SearchFixture.wordsOnly()) {
            SearchResult result = words.service.search("offline reinforcement learning", 5);
            assertThat(result.ranking()).isEqualTo(SearchResult.Ranking.WORDS);
            assertThat(words.ids(result)).startsWith("2501.10011");
        }
    }

    private static int rank(List<String> ids, String id) {
        int i = ids.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
