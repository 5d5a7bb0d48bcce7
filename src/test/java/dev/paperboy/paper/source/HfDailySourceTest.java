package dev.paperboy.paper.source;

import static dev.paperboy.paper.source.FixtureServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HfDailySourceTest {

    private final FakeTime time = new FakeTime(Instant.parse("2025-08-20T06:00:00Z"));
    private final FixtureServer server;
    private final List<String> steps = new ArrayList<>();
    private final List<PaperBatch> batches = new ArrayList<>();

    HfDailySourceTest() throws Exception {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HfDailySource source(Set<DayOfWeek> days) {
        PoliteHttp http = new PoliteHttp(PoliteHttp.client(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new PoliteHttp.Settings("huggingface", Duration.ofSeconds(1), 1, Duration.ofSeconds(2), Duration.ofMinutes(5), "test"), time, time);
        return new HfDailySource(http, new HfDailySource.Settings(server.url("/"), days), new ObjectMapper());
    }

    @Test
    void givenAWeekOfDays_whenFetchedOnWeekdaysOnly_thenOneRequestPerWeekdayAndEmptyDaysAreNormal() {
        server.route("/api/daily_papers", fixture("hf_daily_empty.json"))
                .route("/api/daily_papers?date=2025-08-19", fixture("hf_daily_2025-08-19_old_shape.json"))
                .route("/api/daily_papers?date=2025-08-20", fixture("hf_daily_2025-08-20_new_shape.json"));

        FetchReport report = source(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                .fetch(LocalDate.parse("2025-08-16"), LocalDate.parse("2025-08-20"), (step, batch) -> {
                    steps.add(step);
                    batches.add(batch);
                });

        assertThat(report.complete()).isTrue();
        assertThat(server.requested()).extracting(u -> u.queryParameter("date")).containsExactly("2025-08-18", "2025-08-19", "2025-08-20");
        assertThat(server.requested()).allSatisfy(u -> assertThat(u.queryParameter("limit")).isEqualTo("100"));
        assertThat(steps).containsExactly("2025-08-19", "2025-08-20");
        assertThat(batches.stream().flatMap(b -> b.papers().stream()).map(Paper::id))
                .containsExactly("2508.14020", "2508.13990", "2508.14001", "2508.14060");
        assertThat(batches.get(1).extras().get("2508.14001").aiSummary()).isNotBlank();
    }

    @Test
    void givenHuggingFaceCannotBeReached_whenAWeekIsFetched_thenItGivesUpAfterTheFirstDayInsteadOfWaitingThroughEach() throws Exception {
        okhttp3.HttpUrl closed;
        try (FixtureServer gone = new FixtureServer()) {
            closed = gone.url("/");
        }
        PoliteHttp http = new PoliteHttp(PoliteHttp.client(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                new PoliteHttp.Settings("huggingface", Duration.ZERO, 2, Duration.ofSeconds(5), Duration.ofMinutes(5), "test"), time, time);
        HfDailySource source = new HfDailySource(http, new HfDailySource.Settings(closed, EnumSet.allOf(DayOfWeek.class)), new ObjectMapper());

        FetchReport report = source.fetch(LocalDate.parse("2025-08-14"), LocalDate.parse("2025-08-20"), (step, batch) -> batches.add(batch));

        assertThat(report.requests()).isEqualTo(1);
        assertThat(report.failures()).hasSize(2).last().asString().contains("unreachable");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void givenOneDayFailsAndOneIsMalformed_whenFetched_thenTheOtherDaysStillCome() {
        server.route("/api/daily_papers?date=2025-08-18", FixtureServer.status(500))
                .route("/api/daily_papers?date=2025-08-19", fixture("hf_daily_malformed.json"))
                .route("/api/daily_papers?date=2025-08-20", fixture("hf_daily_2025-08-20_new_shape.json"));

        FetchReport report = source(EnumSet.allOf(DayOfWeek.class))
                .fetch(LocalDate.parse("2025-08-18"), LocalDate.parse("2025-08-20"), (step, batch) -> batches.add(batch));

        assertThat(report.failures()).singleElement().asString().startsWith("2025-08-18").contains("HTTP 500");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0).skipped()).singleElement().asString().contains("breaks off");
        assertThat(batches.get(1).papers()).hasSize(2);
    }
}
