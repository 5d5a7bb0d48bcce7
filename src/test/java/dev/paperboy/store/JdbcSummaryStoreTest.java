package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Summaries on the real Flyway migrations, in an in-memory H2. */
class JdbcSummaryStoreTest {

    static final Instant T0 = Instant.parse("2025-07-04T09:00:00Z");

    private Database db;
    private JdbcSummaryStore store;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        store = new JdbcSummaryStore(db.dataSource());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void givenASavedSummary_whenAskedByPaperModelAndPrompt_thenOnlyThatKeyFindsIt() {
        store.save("2506.20639", "gpt-4o-mini", "abc123", "A flow-based LM.", T0);

        assertThat(store.find("2506.20639", "gpt-4o-mini", "abc123")).contains("A flow-based LM.");
        assertThat(store.find("2506.20639", "gpt-4o-mini", "def456")).isEmpty();
        assertThat(store.find("2506.20639", "other-model", "abc123")).isEmpty();
        assertThat(store.find("2506.00000", "gpt-4o-mini", "abc123")).isEmpty();
    }

    @Test
    void givenTheSameKeySavedTwice_whenFound_thenTheLaterSummaryWins() {
        store.save("2506.20639", "m", "v", "first", T0);
        store.save("2506.20639", "m", "v", "second", T0.plusSeconds(5));
        assertThat(store.find("2506.20639", "m", "v")).contains("second");
    }
}
