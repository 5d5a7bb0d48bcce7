package dev.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GIVEN whatever a member types after {@code /papers search} WHEN it runs THEN it is either answered or refused
 * with a sentence: Lucene's syntax means nothing here, and no input reaches the user as an exception.
 */
class HostileQueriesTest {

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
    void luceneSyntaxAndOddCharactersAreAnsweredOrRefusedPolitely() {
        List<String> hostile = List.of("\"", "\"\"", "*:*", "AND OR", "AND OR NOT", "title:(foo AND bar~2^3", "policy~ gradient^10",
                "[2025 TO *]", "\\", "+-&&||!(){}[]^\"~*?:\\/", "id:* OR 1=1; DROP TABLE papers; --", "${jndi:ldap://127.0.0.1/a}",
                "<script>alert(1)</script>", "tag: rl", "like:", "since:", "author:***", "author:\"\"", "cat:", "\u0000\u0001\u0007",
                "拡散モデル 動画生成", "🤖🧠📄", "שלום עולם", "é́ ﷽ ẞ", "agents\u200bpolicy", "TAG:RL", "Like:2501.10011",
                "\"policy gradient\" \"", "::::", "tag:rl,,video", "since:2025-02-30");
        for (String query : hostile) {
            Throwable thrown = catchThrowable(() -> fixture.service.search(query, 5));
            if (thrown != null) {
                assertThat(thrown).as("query %s", query).isInstanceOf(SearchQueryException.class);
                assertThat(thrown.getMessage()).as("query %s", query).isNotBlank().doesNotContain("Exception").doesNotContain("lucene");
            }
        }
    }

    @Test
    void queriesWithNothingToSearchForSaySo() {
        for (String query : List.of("*:*", "AND OR", "\"", "the of and", "+-&&||!(){}[]^\"~*?:\\/")) {
            assertThatThrownBy(() -> fixture.service.search(query, 5)).as(query).isInstanceOf(SearchQueryException.class)
                    .hasMessageContaining("Nothing to search for");
        }
    }

    @Test
    void syntaxCharactersAroundRealWordsStillFindThePaper() throws Exception {
        assertThat(fixture.ids(fixture.service.search("title:(policy AND gradient~2)^3", 3))).first().isEqualTo("2501.10010");
        assertThat(fixture.ids(fixture.service.search("TAG:RL agents", 3))).first().isEqualTo("2501.10010");
    }

    @Test
    void unicodeQueriesAreAnswered() throws Exception {
        assertThat(fixture.service.search("拡散モデル 動画生成", 5).hits()).isNotNull();
        assertThat(fixture.ids(fixture.service.search("author:MÜLLER", 5))).containsExactly("2501.10013");
    }

    @Test
    void emptyAndOversizeQueriesGetAClearAnswer() throws Exception {
        assertThatThrownBy(() -> fixture.service.search("", 5)).hasMessageContaining("Search for what?");
        assertThatThrownBy(() -> fixture.service.search("   \t ", 5)).hasMessageContaining("Search for what?");
        assertThatThrownBy(() -> fixture.service.search("a".repeat(10_000), 5)).hasMessageContaining("10000 characters")
                .hasMessageContaining("under 500");
        assertThatThrownBy(() -> fixture.service.search("x".repeat(501), 5)).hasMessageContaining("under 500");
        assertThat(fixture.service.search("policy gradient " + "x".repeat(484), 5).hits()).isNotNull(); // exactly 500
        assertThatThrownBy(() -> fixture.service.search("policy", 0)).hasMessageContaining("1 to 50");
    }

    @Test
    void aFilterWithABadValueSaysHowToWriteIt() {
        assertThatThrownBy(() -> fixture.service.search("tag: rl", 5)).hasMessageContaining("`tag:` needs a value");
        assertThatThrownBy(() -> fixture.service.search("author:***", 5)).hasMessageContaining("no name");
        assertThatThrownBy(() -> fixture.service.search("like:banana", 5)).hasMessageContaining("haven't read banana");
        assertThatThrownBy(() -> fixture.service.search("like:2501.99999", 5)).hasMessageContaining("haven't read 2501.99999");
        assertThatThrownBy(() -> fixture.service.search("like:2501.10001 like:2501.10002", 5)).hasMessageContaining("One `like:`");
        assertThatThrownBy(() -> fixture.service.search("since:2025-02-30", 5)).hasMessageContaining("YYYY-MM-DD");
    }
}
