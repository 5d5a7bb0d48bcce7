package dev.paperboy.app;

import static dev.paperboy.paper.source.FixtureServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.source.FixtureServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code paperboy ingest --source …} against a local arXiv and Hugging Face. */
class IngestCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private FixtureServer server;
    private String db;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
        server.route("/api/query?start=0", fixture("arxiv_api_page1.xml"))
                .route("/api/query?start=2", fixture("arxiv_api_page2.xml"))
                .route("/api/query?start=4", fixture("arxiv_api_page3.xml"))
                .route("/api/query?id_list=2508.14001,hep-th/9901001", fixture("arxiv_api_classic.xml"))
                .route("/atom/cs.AI+cs.LG", fixture("arxiv_feed_cs.AI+cs.LG.xml"))
                .route("/api/daily_papers", fixture("hf_daily_2025-08-20_new_shape.json"));
        db = "cmd-" + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Run ingest(String... args) {
        List<String> all = new ArrayList<>(List.of("ingest"));
        all.addAll(List.of(args));
        for (String set : SourcesEndToEndTest.settings(server, db)) {
            all.add("--set");
            all.add(set);
        }
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(all.toArray(String[]::new));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void givenAllSources_whenIngestedByHand_thenEachPageShowsProgressAndEachSourceASummary() {
        Run run = ingest("--source", "all");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("arxiv page 1: 2 papers").contains("arxiv page 3 of 3: 1 papers").contains("arxiv-feed cs.AI+cs.LG: 3 papers");
        assertThat(run.out()).contains("arxiv since ").contains("arxiv-feed since ").contains("hf since ")
                .contains("papers in the database.");
    }

    @Test
    void givenASinceDate_whenTheApiIsIngested_thenTheQueryStartsThatDay() {
        Run run = ingest("--source", "arxiv", "--since", "2025-08-01");

        assertThat(run.exit()).isZero();
        assertThat(server.requested().get(0).queryParameter("search_query")).contains("submittedDate:[202508010000 TO ");
        assertThat(run.out()).contains("5 papers in the database.");
    }

    @Test
    void givenIds_whenIngestedFromTheApi_thenThoseArePaperboysToo() {
        Run run = ingest("--source", "arxiv", "--id", "2508.14001", "--id", "hep-th/9901001");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2 new").contains("2 papers in the database.");
    }

    @Test
    void givenAFailingSource_whenIngested_thenTheOthersStillRunAndTheExitCodeSaysSomethingFailed() {
        server.route("/atom/cs.AI+cs.LG", FixtureServer.status(404));

        Run run = ingest("--source", "all");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("failed cs.AI+cs.LG: arxiv answered HTTP 404").contains("hf since ");
    }

    @Test
    void givenBadOptions_whenIngesting_thenASentenceSaysWhatIsWrong() {
        assertThat(ingest("--source", "biorxiv")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--source must be one of arxiv, arxiv-feed, hf, all; got 'biorxiv'");
        });
        assertThat(ingest()).satisfies(r -> assertThat(r.err()).contains("--file PATH or --source"));
        assertThat(ingest("--source", "hf", "--id", "2508.14001").err()).contains("--id goes with --source arxiv");
        assertThat(ingest("--source", "hf", "--since", "yesterday").err()).contains("--since");
    }
}
