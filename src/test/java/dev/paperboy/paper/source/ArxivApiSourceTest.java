package dev.paperboy.paper.source;

import static dev.paperboy.paper.source.FixtureServer.fixture;
import static dev.paperboy.paper.source.FixtureServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArxivApiSourceTest {

    private static final LocalDate MON = LocalDate.parse("2025-08-18");
    private static final LocalDate WED = LocalDate.parse("2025-08-20");

    private final FakeTime time = new FakeTime(Instant.parse("2025-08-20T06:00:00Z"));
    private final FixtureServer server;
    private final List<String> steps = new ArrayList<>();
    private final List<PaperBatch> batches = new ArrayList<>();

    ArxivApiSourceTest() throws Exception {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ArxivApiSource source(int maxResults) {
        PoliteHttp http = new PoliteHttp(PoliteHttp.client(Duration.ofSeconds(2), Duration.ofMillis(300)),
                new PoliteHttp.Settings("arxiv", Duration.ofSeconds(3), 1, Duration.ofSeconds(5), Duration.ofMinutes(5), "test"), time, time);
        return new ArxivApiSource(http, new ArxivApiSource.Settings(server.url("/api/query"), List.of("cs.AI", "cs.LG"), 2, maxResults));
    }

    private List<String> ids() {
        return batches.stream().flatMap(b -> b.papers().stream()).map(Paper::id).toList();
    }

    private void collect(String step, PaperBatch batch) {
        steps.add(step);
        batches.add(batch);
    }

    @Test
    void givenFiveResultsInPagesOfTwo_whenFetched_thenThreePoliteRequestsBringAllFiveNewestFirst() {
        server.route("/api/query?start=0", fixture("arxiv_api_page1.xml"))
                .route("/api/query?start=2", fixture("arxiv_api_page2.xml"))
                .route("/api/query?start=4", fixture("arxiv_api_page3.xml"));

        FetchReport report = source(100).fetch(MON, WED, this::collect);

        assertThat(report.complete()).isTrue();
        assertThat(report.requests()).isEqualTo(3);
        assertThat(ids()).containsExactly("2508.14001", "2508.14010", "2508.14020", "2508.14030", "2508.14040");
        assertThat(steps).containsExactly("page 1", "page 2 of 3", "page 3 of 3");
        HttpUrl first = server.requested().get(0);
        assertThat(first.queryParameter("search_query"))
                .isEqualTo("(cat:cs.AI OR cat:cs.LG) AND submittedDate:[202508180000 TO 202508202359]");
        assertThat(first.queryParameter("sortBy")).isEqualTo("submittedDate");
        assertThat(first.queryParameter("max_results")).isEqualTo("2");
        assertThat(server.requested()).extracting(u -> u.queryParameter("start")).containsExactly("0", "2", "4");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void givenAPageThatTimesOut_whenFetched_thenThatPageIsReportedAndTheOthersAreKept() {
        MockResponse slow = new MockResponse.Builder().body("<feed/>").headersDelay(2, TimeUnit.SECONDS).build();
        server.route("/api/query?start=0", fixture("arxiv_api_page1.xml"))
                .route("/api/query?start=2", slow)
                .route("/api/query?start=4", fixture("arxiv_api_page3.xml"));

        FetchReport report = source(100).fetch(MON, WED, this::collect);

        assertThat(ids()).containsExactly("2508.14001", "2508.14010", "2508.14040");
        assertThat(report.failures()).singleElement().asString().contains("start=2").contains("timed out");
    }

    @Test
    void givenA429WithRetryAfterOnTheSecondPage_whenFetched_thenItWaitsAsToldAndGetsEverything() {
        server.route("/api/query?start=0", fixture("arxiv_api_page1.xml"))
                .route("/api/query?start=2", new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build(),
                        fixture("arxiv_api_page2.xml"))
                .route("/api/query?start=4", fixture("arxiv_api_page3.xml"));

        FetchReport report = source(100).fetch(MON, WED, this::collect);

        assertThat(report.complete()).isTrue();
        assertThat(ids()).hasSize(5);
        assertThat(time.sleeps).contains(Duration.ofSeconds(30));
    }

    @Test
    void givenAWeekendWithNoSubmissions_whenFetched_thenNothingComesAndNothingFailed() {
        server.route("/api/query?start=0", fixture("arxiv_api_empty.xml"));

        FetchReport report = source(100).fetch(LocalDate.parse("2025-08-23"), LocalDate.parse("2025-08-24"), this::collect);

        assertThat(report.complete()).isTrue();
        assertThat(batches).isEmpty();
    }

    @Test
    void givenAMaxResultsCap_whenTheApiHasMore_thenItStopsAtTheCap() {
        server.route("/api/query?start=0", fixture("arxiv_api_page1.xml"))
                .route("/api/query?start=2", fixture("arxiv_api_page2.xml"));

        source(4).fetch(MON, WED, this::collect);

        assertThat(ids()).hasSize(4);
        assertThat(server.requested()).hasSize(2);
    }

    @Test
    void givenIds_whenFetchedByIdList_thenTheApiIsAskedForThoseIds() {
        server.route("/api/query?id_list=2508.14001,hep-th/9901001", fixture("arxiv_api_classic.xml"));

        FetchReport report = source(100).fetchIds(List.of("2508.14001", "hep-th/9901001"), this::collect);

        assertThat(report.complete()).isTrue();
        assertThat(ids()).containsExactly("2508.14001", "hep-th/9901001");
    }

    @Test
    void givenTheApiAnswersWithItsErrorEntry_whenFetched_thenTheFailureSaysWhatTheApiSaid() {
        server.route("/api/query?id_list=2508.1400", fixture("arxiv_api_error.xml"));

        FetchReport report = source(100).fetchIds(List.of("2508.1400"), this::collect);

        assertThat(report.failures()).singleElement().asString().contains("incorrect id format for 2508.1400");
        assertThat(batches).isEmpty();
    }

    @Test
    void givenTheApiIsDown_whenFetched_thenItFailsAfterItsRetriesWithoutThrowing() {
        server.route("/api/query", status(503));

        FetchReport report = source(100).fetch(MON, WED, this::collect);

        assertThat(report.complete()).isFalse();
        assertThat(report.failures()).singleElement().asString().contains("HTTP 503");
        assertThat(server.requested()).hasSize(2);
    }
}
