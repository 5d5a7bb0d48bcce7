package dev.paperboy.paper.source;

import static dev.paperboy.paper.source.FixtureServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperExtras;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArxivFeedSourceTest {

    private static final LocalDate WED = LocalDate.parse("2025-08-20");

    private final FakeTime time = new FakeTime(Instant.parse("2025-08-20T06:00:00Z"));
    private final FixtureServer server;
    private final List<PaperBatch> batches = new ArrayList<>();

    ArxivFeedSourceTest() throws Exception {
        server = new FixtureServer();
        server.route("/atom/cs.AI+cs.LG", fixture("arxiv_feed_cs.AI+cs.LG.xml"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ArxivFeedSource source(Set<String> types) {
        PoliteHttp http = new PoliteHttp(PoliteHttp.client(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new PoliteHttp.Settings("arxiv", Duration.ZERO, 1, Duration.ZERO, Duration.ofMinutes(5), "test"), time, time);
        return new ArxivFeedSource(http, new ArxivFeedSource.Settings(server.url("/atom"), List.of("cs.AI", "cs.LG"), types));
    }

    private List<Paper> papers() {
        return batches.stream().flatMap(b -> b.papers().stream()).toList();
    }

    @Test
    void givenNewAndCrossChosen_whenTheFeedIsFetched_thenReplacementsAreLeftOutAndEachPaperKeepsItsType() {
        FetchReport report = source(Set.of("new", "cross")).fetch(WED, WED, (step, batch) -> batches.add(batch));

        assertThat(report.complete()).isTrue();
        assertThat(server.requested()).singleElement().extracting(u -> u.encodedPath()).isEqualTo("/atom/cs.AI+cs.LG");
        assertThat(papers()).extracting(Paper::id).containsExactly("2508.14001", "2508.13500", "2508.14050");
        assertThat(batches.get(0).extras().get("2508.13500")).extracting(PaperExtras::announceType).isEqualTo("cross");
        assertThat(papers().get(1).categories()).containsExactly("q-bio.BM", "cs.LG");
    }

    @Test
    void givenReplacementsChosen_whenTheFeedIsFetched_thenOnlyNewVersionsOfOlderPapersCome() {
        source(Set.of("replace", "replace-cross")).fetch(WED, WED, (step, batch) -> batches.add(batch));

        assertThat(papers()).extracting(Paper::id, Paper::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2507.09999", 2), org.assertj.core.groups.Tuple.tuple("2507.08888", 3));
    }

    @Test
    void givenADayWithoutAnAnnouncement_whenTheFeedIsFetched_thenThatIsNormal() {
        server.route("/atom/cs.AI+cs.LG", fixture("arxiv_feed_empty.xml"));

        FetchReport report = source(Set.of("new")).fetch(WED, WED, (step, batch) -> batches.add(batch));

        assertThat(report.complete()).isTrue();
        assertThat(server.requested()).hasSize(1);
        assertThat(batches).isEmpty();
    }

    @Test
    void givenTheFeedIsDown_whenFetched_thenTheFailureIsReportedNotThrown() throws Exception {
        try (FixtureServer down = new FixtureServer()) {
            down.route("/atom/cs.AI+cs.LG", FixtureServer.status(500));
            PoliteHttp http = new PoliteHttp(PoliteHttp.client(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                    new PoliteHttp.Settings("arxiv", Duration.ZERO, 2, Duration.ofSeconds(1), Duration.ofMinutes(5), "test"), time, time);
            ArxivFeedSource source = new ArxivFeedSource(http, new ArxivFeedSource.Settings(down.url("/atom"), List.of("cs.AI", "cs.LG"), Set.of("new")));

            FetchReport report = source.fetch(WED, WED, (step, batch) -> batches.add(batch));

            assertThat(report.failures()).singleElement().asString().contains("cs.AI+cs.LG").contains("HTTP 500");
            assertThat(down.requested()).hasSize(3);
        }
    }
}
