package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperExtras;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the sources keep beyond the papers table, on the real migrations. */
class SourceStoresTest {

    private static final Instant T0 = Instant.parse("2025-08-20T06:00:00Z");

    private Database db;
    private JdbcPaperStore papers;
    private JdbcSourceRunStore runs;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        papers = new JdbcPaperStore(db.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
        runs = new JdbcSourceRunStore(db.dataSource());
        papers.upsert(new Paper("2508.14001", "T", "A.", List.of(), List.of("cs.LG"), T0, 0, 1, "arxiv-feed"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void givenTheFeedThenHuggingFace_whenBothSayMore_thenTheFirstAnnounceTypeStaysAndTheLatestAiFieldsWin() {
        papers.mergeExtras(PaperExtras.announced("2508.14001", "new"));
        papers.mergeExtras(new PaperExtras("2508.14001", "", "First summary.", List.of("moe"), ""));
        papers.mergeExtras(new PaperExtras("2508.14001", "replace", "Better summary.", List.of(), "https://github.com/x/y"));

        PaperExtras kept = papers.extras("2508.14001").orElseThrow();
        assertThat(kept.announceType()).isEqualTo("new");
        assertThat(kept.aiSummary()).isEqualTo("Better summary.");
        assertThat(kept.aiKeywords()).containsExactly("moe");
        assertThat(kept.githubRepo()).isEqualTo("https://github.com/x/y");
        assertThat(papers.aiSummary("2508.14001")).contains("Better summary.");
        assertThat(papers.aiSummary("2508.99999")).isEmpty();
    }

    @Test
    void givenASourceRunsTwice_whenItsSuccessIsRecorded_thenTheLatestIsKept() {
        assertThat(runs.lastSuccess("arxiv")).isEmpty();
        runs.recordSuccess("arxiv", T0);
        runs.recordSuccess("arxiv", T0.plusSeconds(86400));

        assertThat(runs.lastSuccess("arxiv")).contains(T0.plusSeconds(86400));
        assertThat(runs.lastSuccess("hf")).isEmpty();
    }
}
