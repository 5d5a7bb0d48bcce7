package dev.paperboy.paper.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperIds;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.paper.library.LibraryMatcher.Match;
import dev.paperboy.paper.library.LibraryMatcher.Outcome;
import dev.paperboy.paper.source.ArxivApiSource;
import dev.paperboy.paper.source.FixtureServer;
import dev.paperboy.paper.source.PoliteHttp;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcPaperStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The matcher on the real paper store (H2 in memory) and the real arXiv source against a local fake arXiv. */
class LibraryMatcherTest {

    private static final String RICHARD = "We show that reading groups remember more of the papers they argue about than of those they only skim.";

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
    private final PaperStore papers = new JdbcPaperStore(db.dataSource(), clock);
    private final IngestService ingest = new IngestService(papers, List.of());
    private final FixtureServer arxiv = new FixtureServer();

    LibraryMatcherTest() throws Exception {
        arxiv.route("/api/query", FixtureServer.fixture("arxiv_api_classic.xml"));
        papers.upsert(new Paper("2506.20639", "Tokenizer-Free Language Models at Scale", "Bytes all the way.", List.of("A"),
                List.of("cs.CL"), clock.instant(), 0, 1, "arxiv"));
        papers.upsert(new Paper(PaperIds.contentDerived(null, RICHARD), "", RICHARD, List.of(), List.of(), clock.instant(), 0, 0,
                "reading-list"));
    }

    @AfterEach
    void close() {
        arxiv.close();
        db.close();
    }

    private LibraryMatcher matcher() {
        PoliteHttp http = new PoliteHttp(PoliteHttp.client(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new PoliteHttp.Settings("arxiv", Duration.ofSeconds(3), 0, Duration.ofSeconds(1), Duration.ofMinutes(1), "test"), clock, d -> { });
        ArxivApiSource api = new ArxivApiSource(http, new ArxivApiSource.Settings(arxiv.url("/api/query"), List.of("cs.LG"), 50, 50));
        return new LibraryMatcher(papers, ingest, LibraryMatcher.arxiv(api), clock);
    }

    private static final String BIB = """
            @misc{known, title = {Tokenizer-free language models at scale}, eprint = {2506.20639v3}, archivePrefix = {arXiv}}
            @misc{byTitle, title = {{Tokenizer-Free} Language Models at Scale!}}
            @misc{fetched, title = {NAS for MoE routing}, eprint = {2508.14001}}
            @article{old, title = {Strings on a Lattice}, url = {https://arxiv.org/abs/hep-th/9901001v1}}
            @misc{missing, title = {A Paper arXiv Lost}, eprint = {2509.00001}, abstract = {We lose papers. Then we import them.}, year = 2025}
            @article{richard, title = {Arguing Helps}, abstract = {%s}}
            @article{doiOnly, title = {A Journal Paper Nobody Posted}, doi = {https://doi.org/10.1145/1234.5678}}
            """.formatted(RICHARD);

    @Test
    void givenALibrary_whenMatched_thenKnownPapersAreFoundFetchedImportedOrReportedAndOnePaperStaysOneRow() throws Exception {
        List<LibraryEntry> entries = Libraries.parse("group.bib", BIB).entries();
        long before = papers.count();

        LibraryMatcher.Result result = matcher().match(entries, false);

        assertThat(result.matches()).extracting(Match::outcome).containsExactly(Outcome.MATCHED, Outcome.MATCHED, Outcome.FETCHED,
                Outcome.FETCHED, Outcome.IMPORTED, Outcome.MATCHED, Outcome.NOT_FOUND);
        assertThat(result.matches()).extracting(Match::paperId).containsExactly("2506.20639", "2506.20639", "2508.14001",
                "hep-th/9901001", PaperIds.contentDerived("A Paper arXiv Lost", ""), PaperIds.contentDerived(null, RICHARD), "");
        assertThat(result.notFound().get(0).reason()).contains("DOI 10.1145/1234.5678");
        assertThat(papers.find("2508.14001").orElseThrow().title()).startsWith("Neural Architecture Search");
        Paper imported = papers.find(result.matches().get(4).paperId()).orElseThrow();
        assertThat(imported.abstractText()).isEqualTo("We lose papers. Then we import them.");
        assertThat(imported.published()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(papers.count()).isEqualTo(before + 3);
        assertThat(arxiv.requested()).hasSize(1);
        assertThat(arxiv.requested().get(0).queryParameter("id_list")).isEqualTo("2508.14001,hep-th/9901001,2509.00001");
        assertThat(result.paperIds()).hasSize(5);
    }

    @Test
    void givenADryRun_whenMatched_thenNothingIsFetchedOrStored() throws Exception {
        long before = papers.count();

        LibraryMatcher.Result result = matcher().match(Libraries.parse("group.bib", BIB).entries(), true);

        assertThat(result.count(Outcome.FETCHED)).isEqualTo(3);
        assertThat(result.count(Outcome.MATCHED)).isEqualTo(3);
        assertThat(arxiv.requested()).isEmpty();
        assertThat(papers.count()).isEqualTo(before);
    }

    @Test
    void givenArxivDown_whenMatched_thenTheIdsAreReportedWithWhy() throws Exception {
        arxiv.route("/api/query", FixtureServer.status(503));
        List<LibraryEntry> entries = Libraries.parse("ids.txt", "2508.14001\n2506.20639\n").entries();

        LibraryMatcher.Result result = matcher().match(entries, false);

        assertThat(result.matches()).extracting(Match::outcome).containsExactly(Outcome.NOT_FOUND, Outcome.MATCHED);
        assertThat(result.notFound().get(0).reason()).startsWith("arXiv could not be reached");
    }
}
