package dev.paperboy.app;

import static dev.paperboy.paper.source.FixtureServer.fixture;
import static dev.paperboy.paper.source.FixtureServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperExtras;
import dev.paperboy.paper.source.FixtureServer;
import dev.paperboy.paper.source.SourceIngest;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.store.JdbcSourceRunStore;
import dev.paperboy.tag.TagScore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three sources through the real wiring, store and tagger, against a local server that tells one story on
 * Wednesday 2025-08-20: the feed announces 2508.14001 v1, the API has its v2, Hugging Face features it.
 */
class SourcesEndToEndTest {

    private static final Instant WEDNESDAY = Instant.parse("2025-08-20T06:00:00Z");

    private FixtureServer server;
    private Wiring app;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
        server.route("/api/query?start=0", fixture("arxiv_api_page1.xml"))
                .route("/api/query?start=2", fixture("arxiv_api_page2.xml"))
                .route("/api/query?start=4", fixture("arxiv_api_page3.xml"))
                .route("/atom/cs.AI+cs.LG", fixture("arxiv_feed_cs.AI+cs.LG.xml"))
                .route("/api/daily_papers", fixture("hf_daily_empty.json"))
                .route("/api/daily_papers?date=2025-08-19", fixture("hf_daily_2025-08-19_old_shape.json"))
                .route("/api/daily_papers?date=2025-08-20", fixture("hf_daily_2025-08-20_new_shape.json"));
        app = open(WEDNESDAY);
    }

    @AfterEach
    void stop() {
        app.close();
        server.close();
    }

    private Wiring open(Instant now) throws Exception {
        return Wiring.open(Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), settings(server, "mem-" + UUID.randomUUID())),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The shipped config pointed at the local server, with no politeness delays so the test runs at once. */
    static List<String> settings(FixtureServer server, String db) {
        return new ArrayList<>(List.of("db.url=jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1",
                "sources.arxiv.base-url=" + server.url("/api/query"), "sources.arxiv-feed.base-url=" + server.url("/atom"),
                "sources.hf.base-url=" + server.url("/"), "sources.arxiv.categories=cs.AI,cs.LG",
                "sources.arxiv-feed.categories=cs.AI,cs.LG", "sources.arxiv.page-size=2", "sources.arxiv.max-days-back=2",
                "sources.hf.max-days-back=1", "sources.http.arxiv-delay-seconds=0", "sources.http.hf-delay-seconds=0",
                "sources.http.backoff-seconds=0", "sources.http.retries=1", "sources.http.read-timeout-seconds=0.5"));
    }

    @Test
    void givenTheSamePaperFromAllThreeSources_whenTheScheduledIngestRuns_thenItIsOneRowWithTheLatestVersionAndHfExtras() {
        app.sources().runScheduled();

        assertThat(app.papers().count()).isEqualTo(9);
        Paper moe = app.papers().find("2508.14001").orElseThrow();
        assertThat(moe.version()).isEqualTo(2);
        assertThat(moe.title()).endsWith("(Revised)");
        assertThat(moe.upvotes()).isEqualTo(163);
        assertThat(moe.categories()).containsExactly("cs.LG", "cs.AI");
        PaperExtras extras = app.papers().extras("2508.14001").orElseThrow();
        assertThat(extras.announceType()).isEqualTo("new");
        assertThat(extras.aiKeywords()).contains("mixture-of-experts");
        assertThat(extras.githubRepo()).isEqualTo("https://github.com/example-lab/moe-router");
        assertThat(app.papers().aiSummary("2508.14001")).contains(
                "A learned two-layer router outperforms top-k gating in sparse mixture-of-experts models at equal compute.");
        assertThat(app.papers().aiSummary("2508.14010")).isEmpty();
        assertThat(app.tags().effectiveTags(List.of("2508.14001")).get("2508.14001")).extracting(TagScore::tag).contains("mixture-of-experts");
    }

    @Test
    void givenAPaperAChannelHasSeen_whenALaterVersionArrives_thenItIsUpdatedButNotUnreadAgain() {
        Channel channel = app.channels().getOrCreate(new ChannelRef("console", "local", "c1"), app.channelDefaults(), WEDNESDAY);
        app.sources().run(List.of(app.sources().find("arxiv-feed").orElseThrow()), Optional.empty(), line -> { });
        assertThat(app.papers().find("2508.14001").orElseThrow().version()).isEqualTo(1);
        assertThat(app.deliveries().claim(channel.id(), "2508.14001", WEDNESDAY)).isTrue();

        app.sources().run(List.of(app.sources().find("arxiv").orElseThrow()), Optional.empty(), line -> { });

        assertThat(app.papers().find("2508.14001").orElseThrow().version()).isEqualTo(2);
        assertThat(new JdbcCandidateStore(app.database().dataSource()).unseen(channel.id(), Set.of(), WEDNESDAY.minusSeconds(86400 * 30), Instant.parse("2100-01-01T00:00:00Z"), 50))
                .extracting(Paper::id).doesNotContain("2508.14001").contains("2508.14010");
    }

    @Test
    void givenOneSourceDownAndAnotherMalformed_whenTheScheduledIngestRuns_thenTheRestIsIngestedAndOnlyTheCompleteRunMovesOn() {
        server.route("/api/daily_papers?date=2025-08-19", status(503))
                .route("/atom/cs.AI+cs.LG", new mockwebserver3.MockResponse.Builder().body("<html>Service Unavailable</html>").build());
        JdbcSourceRunStore runs = new JdbcSourceRunStore(app.database().dataSource());

        List<SourceIngest.Report> reports = app.sources().runScheduled();

        assertThat(reports).extracting(SourceIngest.Report::source, SourceIngest.Report::complete).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arxiv", true), org.assertj.core.groups.Tuple.tuple("arxiv-feed", false),
                org.assertj.core.groups.Tuple.tuple("hf", false));
        assertThat(app.papers().find("2508.14040")).isPresent();
        assertThat(app.papers().find("2508.14060")).isPresent();
        assertThat(reports.get(2).failures()).singleElement().asString().startsWith("2025-08-19").contains("HTTP 503");
        assertThat(runs.lastSuccess("arxiv")).contains(WEDNESDAY);
        assertThat(runs.lastSuccess("hf")).isEmpty();
        assertThat(app.sources().defaultSince(app.sources().find("arxiv").orElseThrow())).isEqualTo(LocalDate.parse("2025-08-20"));
        assertThat(app.sources().defaultSince(app.sources().find("hf").orElseThrow())).isEqualTo(LocalDate.parse("2025-08-19"));
    }

    @Test
    void givenNoSourceIsEnabled_whenTheScheduledIngestRuns_thenNothingIsFetched() throws Exception {
        app.close();
        List<String> sets = settings(server, "mem-" + UUID.randomUUID());
        sets.addAll(List.of("sources.arxiv.enabled=false", "sources.arxiv-feed.enabled=false", "sources.hf.enabled=false"));
        app = Wiring.open(Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), sets), Clock.fixed(WEDNESDAY, ZoneOffset.UTC));

        app.sources().runScheduled();

        assertThat(server.requested()).isEmpty();
        assertThat(app.papers().count()).isZero();
    }
}
