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

    @Test
    void aLongBatchIsPreparedAheadAndHandedOverInStepsWithProgress() {
        FussyStore store = new FussyStore();
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        IngestListener listener = new IngestListener() {
            @Override
            public void prepare(List<Paper> papers) {
                papers.forEach(p -> events.add("prepare " + p.id()));
            }

            @Override
            public void ingested(List<Paper> papers, Map<String, List<String>> tags) {
                papers.forEach(p -> events.add("ingested " + p.id() + tags.getOrDefault(p.id(), List.of())));
            }
        };
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 2 * IngestService.STEP + 7; i++) {
            papers.add(paper(String.format("2501.%05d", i + 1), "abstract " + i));
        }
        List<IngestProgress> progress = new ArrayList<>();
        IngestService.Result result = new IngestService(store, List.of(listener), java.time.Clock.systemUTC()).ingest(
                new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of("2501.00107", List.of("rl")), Optional.empty(), List.of()),
                progress::add);

        assertThat(result.inserted()).isEqualTo(papers.size());
        assertThat(progress).extracting(IngestProgress::done).containsExactly(IngestService.STEP, 2 * IngestService.STEP, papers.size());
        assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(papers.size()));
        assertThat(progress.get(2).finished()).isTrue();
        for (Paper p : papers) {
            int prepared = events.indexOf("prepare " + p.id());
            int handed = events.stream().filter(e -> e.startsWith("ingested " + p.id())).findFirst().map(events::indexOf).orElse(-1);
            assertThat(prepared).as(p.id()).isGreaterThanOrEqualTo(0).isLessThan(handed);
        }
        assertThat(events).contains("ingested 2501.00107[rl]");
    }

    @Test
    void aCallOfManyStepsTellsTheListenersItFinishedOnceAfterTheLastStepAndAlsoWhenItFails() {
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        IngestListener listener = new IngestListener() {
            @Override
            public void ingested(List<Paper> papers, Map<String, List<String>> tags) {
                events.add("step");
            }

            @Override
            public void finished() {
                events.add("finished");
            }
        };
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 2 * IngestService.STEP + 7; i++) {
            papers.add(paper(String.format("2501.%05d", i + 1), "abstract " + i));
        }
        new IngestService(new FussyStore(), List.of(listener)).ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(),
                Optional.empty(), List.of()));
        assertThat(events).containsExactly("step", "step", "step", "finished");

        events.clear();
        IngestListener failing = (ps, tags) -> {
            throw new IllegalStateException("tagger down");
        };
        IngestService broken = new IngestService(new FussyStore(), List.of(failing, listener));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(),
                Optional.empty(), List.of()))).hasMessage("tagger down");
        assertThat(events).containsExactly("finished");
    }

    @Test
    void progressSaysTheRateAndTimeLeft() {
        IngestProgress p = IngestProgress.of(1_000, 35_020, java.time.Duration.ofSeconds(10));
        assertThat(p.perSecond()).isEqualTo(100.0);
        assertThat(p.left()).isEqualTo(java.time.Duration.ofMillis(340_200));
        assertThat(p.describe()).isEqualTo("1,000/35,020 papers, 100.0/s, 5m 40s left");
    }

    @Test
    void progressIsPassedOnAtMostOncePerIntervalAndAtTheEndOnceItWas() {
        // Each reading of this clock is 2 s after the last.
        java.time.Clock ticking = new java.time.Clock() {
            private java.time.Instant now = java.time.Instant.EPOCH;

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                now = now.plusSeconds(2);
                return now;
            }
        };
        List<Integer> told = new ArrayList<>();
        var every5s = IngestProgress.every(java.time.Duration.ofSeconds(5), ticking, p -> told.add(p.done()));
        for (int done = 10; done <= 100; done += 10) {
            every5s.accept(new IngestProgress(done, 100, 1, java.time.Duration.ZERO));
        }
        assertThat(told).containsExactly(30, 60, 90, 100);

        List<Integer> quiet = new ArrayList<>();
        IngestProgress.every(java.time.Duration.ofSeconds(60), ticking, p -> quiet.add(p.done()))
                .accept(new IngestProgress(100, 100, 1, java.time.Duration.ZERO));
        assertThat(quiet).isEmpty();
    }
}
