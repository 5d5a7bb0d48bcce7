package dev.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

    /** A store that refuses one id, as a database refuses a row it cannot hold. */
    static final class FussyStore implements PaperStore {
        final Map<String, Paper> rows = new HashMap<>();

        @Override
        public Outcome upsert(Paper paper) {
            if (paper.id().equals("2501.00666")) {
                throw new IllegalStateException("value too long");
            }
            return rows.put(paper.id(), paper) == null ? Outcome.INSERTED : Outcome.UPDATED;
        }

        @Override
        public Optional<Paper> find(String id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<Paper> findAll(Collection<String> ids) {
            return ids.stream().map(rows::get).filter(p -> p != null).toList();
        }

        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public List<String> ids() {
            return rows.keySet().stream().sorted().toList();
        }
    }

    private static Paper paper(String id, String abstractText) {
        return new Paper(id, "Title " + id, abstractText, List.of("A"), List.of(), Instant.EPOCH, 0, 1, "test");
    }

    @Test
    void aPaperTheStoreRefusesIsSkippedAndTheRestAreIngested() {
        FussyStore store = new FussyStore();
        List<List<Paper>> heard = new ArrayList<>();
        IngestService ingest = new IngestService(store, List.of((papers, tags) -> heard.add(papers)));
        IngestService.Result result = ingest.ingest(new PaperBatch(PaperFormat.JSON_LINES,
                List.of(paper("2501.00001", "ok"), paper("2501.00666", "bad"), paper("2501.00002", "ok")), Map.of(), Optional.empty(), List.of()));
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.skipped()).singleElement().satisfies(s -> assertThat(s).startsWith("2501.00666"));
        assertThat(heard.get(0)).extracting(Paper::id).containsExactly("2501.00001", "2501.00002");
    }

    @Test
    void aFullTextPastedAsAbstractIsClipped() {
        FussyStore store = new FussyStore();
        new IngestService(store, List.of()).ingest(new PaperBatch(PaperFormat.JSON_LINES,
                List.of(paper("2501.00003", "x".repeat(50_000))), Map.of(), Optional.empty(), List.of()));
        assertThat(store.rows.get("2501.00003").abstractText()).hasSize(IngestService.MAX_ABSTRACT).endsWith("…");
    }
}
