package dev.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArxivAtomParserTest {

    private final ArxivAtomParser parser = new ArxivAtomParser();

    @Test
    void givenAnApiPageInTheNewFormat_whenParsed_thenPapersAreVersionlessWithPrimaryCategoryFirstAndTheTotalIsKnown() {
        ArxivAtomParser.Page page = parser.parse(SourceFixtures.text("arxiv_api_page2.xml"), "arxiv");

        assertThat(page.totalResults()).isEqualTo(5);
        assertThat(page.entries()).isEqualTo(2);
        assertThat(page.batch().papers()).extracting(Paper::id).containsExactly("2508.14020", "2508.14030");
        Paper crossListed = page.batch().papers().get(1);
        assertThat(crossListed.categories()).containsExactly("stat.ML", "cs.LG");
        assertThat(crossListed.version()).isEqualTo(1);
        assertThat(crossListed.published()).isEqualTo(Instant.parse("2025-08-18T09:05:50Z"));
        assertThat(page.batch().papers().get(0).authors()).containsExactly("Farid Haddad", "Grace Liu");
        assertThat(page.batch().skipped()).isEmpty();
    }

    @Test
    void givenTheClassicFormatWithWrappedLines_whenParsed_thenTitlesAndAbstractsAreOneLineAndOldIdsWork() {
        ArxivAtomParser.Page page = parser.parse(SourceFixtures.text("arxiv_api_classic.xml"), "arxiv");

        assertThat(page.totalResults()).isEqualTo(2);
        Paper moe = page.batch().papers().get(0);
        assertThat(moe.id()).isEqualTo("2508.14001");
        assertThat(moe.version()).isEqualTo(2);
        assertThat(moe.title()).isEqualTo("Neural Architecture Search for Sparse Mixture-of-Experts Routing (Revised)");
        assertThat(moe.abstractText()).startsWith("We search over routing functions for sparse mixture-of-experts language models and")
                .doesNotContain("\n");
        Paper old = page.batch().papers().get(1);
        assertThat(old.id()).isEqualTo("hep-th/9901001");
        assertThat(old.version()).isEqualTo(3);
        assertThat(old.title()).isEqualTo("Strings on a Lattice");
    }

    @Test
    void givenTheAnnounceFeed_whenParsed_thenEachPaperKeepsItsAnnounceTypeAndTheAbstractLosesTheFeedPrefix() {
        ArxivAtomParser.Page page = parser.parse(SourceFixtures.text("arxiv_feed_cs.AI+cs.LG.xml"), "arxiv-feed");

        assertThat(page.totalResults()).isEqualTo(-1);
        assertThat(page.batch().papers()).extracting(Paper::id)
                .containsExactly("2508.14001", "2508.13500", "2507.09999", "2507.08888", "2508.14050");
        assertThat(page.batch().extras().values()).extracting(PaperExtras::paperId, PaperExtras::announceType).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("2508.14001", "new"), org.assertj.core.groups.Tuple.tuple("2508.13500", "cross"),
                org.assertj.core.groups.Tuple.tuple("2507.09999", "replace"), org.assertj.core.groups.Tuple.tuple("2507.08888", "replace-cross"),
                org.assertj.core.groups.Tuple.tuple("2508.14050", "new"));
        Paper first = page.batch().papers().get(0);
        assertThat(first.abstractText()).startsWith("We search over routing functions");
        assertThat(first.authors()).containsExactly("Alice Smith", "Bob Jones");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-08-20T04:00:00Z"));
        assertThat(page.batch().papers().get(2).version()).isEqualTo(2);
    }

    @Test
    void givenXmlThatIsNotWellFormed_whenParsed_thenEveryReadableEntryIsKeptAndEachBrokenOneIsNamed() {
        ArxivAtomParser.Page page = parser.parse(SourceFixtures.text("arxiv_api_malformed.xml"), "arxiv");

        assertThat(page.batch().papers()).extracting(Paper::id).containsExactly("2508.14010", "2508.14013");
        assertThat(page.batch().skipped()).hasSize(3);
        assertThat(page.batch().skipped().get(0)).contains("2508.14011").contains("malformed XML");
        assertThat(page.batch().skipped()).anySatisfy(s -> assertThat(s).contains("2508.14012").contains("no abstract"));
        assertThat(page.batch().skipped()).anySatisfy(s -> assertThat(s).contains("2508.14014").contains("cut off"));
        assertThat(page.totalResults()).isEqualTo(5);
        assertThat(page.entries()).isEqualTo(5);
    }

    @Test
    void givenTheApisErrorEntry_whenParsed_thenTheErrorIsReportedAndNoPaperIsMadeOfIt() {
        ArxivAtomParser.Page page = parser.parse(SourceFixtures.text("arxiv_api_error.xml"), "arxiv");

        assertThat(page.error()).isEqualTo("incorrect id format for 2508.1400");
        assertThat(page.batch().papers()).isEmpty();
    }

    @Test
    void givenAnEmptyDay_whenParsed_thenThereAreNoPapersAndNothingIsSkipped() {
        ArxivAtomParser.Page page = parser.parse(SourceFixtures.text("arxiv_api_empty.xml"), "arxiv");

        assertThat(page.totalResults()).isZero();
        assertThat(page.batch().papers()).isEmpty();
        assertThat(page.batch().skipped()).isEmpty();
    }

    @Test
    void givenSomethingThatIsNotAFeed_whenParsed_thenItFailsWithASentence() {
        assertThatThrownBy(() -> parser.parse("<html><body>Service Unavailable</body></html>", "arxiv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Atom feed");
    }

    @Test
    void givenControlCharactersInAnAbstract_whenParsed_thenThePaperIsStillRead() {
        String xml = SourceFixtures.text("arxiv_api_page3.xml").replace("Pruning 60%", "Pruning\u000b 60%");

        assertThat(parser.parse(xml, "arxiv").batch().papers()).extracting(Paper::id).containsExactly("2508.14040");
    }

    @Test
    void givenASavedFeedFile_whenItsFormatIsDetected_thenItIsReadAsArxivAtom() {
        assertThat(PaperFormat.detect("cs.AI.xml", java.util.List.of("<?xml version='1.0'?>"))).isEqualTo(PaperFormat.ARXIV_ATOM);
        assertThat(PaperFormat.detect("2025-08-20.json", java.util.List.of("[", "  {"))).isEqualTo(PaperFormat.HF_DAILY_JSON);
        assertThat(PaperFormat.detect("papers.json", java.util.List.of("{\"id\":\"1\"}"))).isEqualTo(PaperFormat.JSON_LINES);
    }
}
