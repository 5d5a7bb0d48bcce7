package dev.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GIVEN papers arriving and changing WHEN the indexer hears of them THEN search follows, and a stale index is noticed. */
class SearchIndexerTest {

    private static Paper paper(String id, String title, String abstractText) {
        return new Paper(id, title, abstractText, List.of("Rosalind Franklin"), List.of("q-bio.BM"), Instant.parse("2025-10-20T00:00:00Z"), 0, 1, "test");
    }

    @Test
    void ingestedPapersAreSearchableAtOnceAndAnUpdateReplacesThem() throws Exception {
        try (SearchFixture f = SearchFixture.wordsOnly()) {
            Paper helix = paper("2510.00001", "X-ray Diffraction of DNA Fibres", "Diffraction patterns of DNA fibres suggest a helix.");
            f.papers.add(helix);
            f.indexer.ingested(List.of(helix), Map.of());
            f.indexer.finished();
            assertThat(f.ids(f.service.search("diffraction helix", 5))).containsExactly("2510.00001");
            Paper revised = paper("2510.00001", "X-ray Diffraction of DNA Fibres, Revised", "A double helix explains the photographs.");
            f.papers.set(f.papers.size() - 1, revised);
            f.indexer.ingested(List.of(revised), Map.of());
            f.indexer.finished();
            assertThat(f.ids(f.service.search("photographs", 5))).containsExactly("2510.00001");
            assertThat(f.service.search("2510.00001 OR diffraction", 5).hits()).extracting(SearchHit::title)
                    .containsExactly("X-ray Diffraction of DNA Fibres, Revised");
            assertThat(f.service.size()).isEqualTo(f.papers.size());
        }
    }

    @Test
    void anIngestCallsStepsAreSearchableAndCommittedTogetherWhenTheCallFinishes(@TempDir Path dir) throws Exception {
        try (SearchFixture f = SearchFixture.wordsOnly(); PaperIndex onDisk = PaperIndex.open(dir)) {
            SearchIndexer indexer = new SearchIndexer(onDisk, f.corpusOf(), f.tagLookup(), Optional.empty());
            indexer.rebuild(n -> { });
            long commits = org.apache.lucene.index.SegmentInfos.readLatestCommit(org.apache.lucene.store.FSDirectory.open(dir)).getGeneration();
            SearchService search = new SearchService(onDisk, f.tagLookup(), indexer, Optional.empty());
            Paper first = paper("2510.00003", "Photograph 51", "A famous diffraction image.");
            Paper second = paper("2510.00004", "Molecular Structure of Nucleic Acids", "A structure for deoxyribose nucleic acid.");

            indexer.ingested(List.of(first), Map.of());
            indexer.ingested(List.of(second), Map.of());
            assertThat(search.search("photograph", 5).hits()).as("not searchable before the call finishes").isEmpty();
            indexer.finished();

            assertThat(search.search("photograph", 5).hits()).extracting(SearchHit::id).containsExactly("2510.00003");
            assertThat(search.search("deoxyribose", 5).hits()).extracting(SearchHit::id).containsExactly("2510.00004");
            assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(org.apache.lucene.store.FSDirectory.open(dir)).getGeneration())
                    .as("one commit for the call").isEqualTo(commits + 1);
        }
    }

    @Test
    void aCuratorsTagOnAnUnchangedPaperReachesTheIndex() throws Exception {
        try (SearchFixture f = SearchFixture.wordsOnly()) {
            assertThat(f.ids(f.service.search("tag:hallucination", 5))).containsExactly("2501.10004");
            f.tags.put("2501.10002", List.of("hallucination"));
            f.indexer.ingested(List.of(), Map.of("2501.10002", List.of("hallucination")));
            f.indexer.finished();
            assertThat(f.ids(f.service.search("tag:hallucination", 5))).containsExactlyInAnyOrder("2501.10004", "2501.10002");
        }
    }

    @Test
    void aNewOrShortIndexIsStaleAndARebuildBringsItInStep(@TempDir Path dir) throws Exception {
        try (SearchFixture f = SearchFixture.wordsOnly()) {
            try (PaperIndex onDisk = PaperIndex.open(dir)) {
                SearchIndexer indexer = new SearchIndexer(onDisk, f.corpusOf(), f.tagLookup(), Optional.empty());
                assertThat(indexer.staleness()).hasValueSatisfying(why -> assertThat(why).contains("new"));
                assertThat(indexer.rebuild(n -> { })).isEqualTo(f.papers.size());
                assertThat(indexer.staleness()).isEmpty();
            }
            try (PaperIndex reopened = PaperIndex.open(dir)) {
                SearchIndexer indexer = new SearchIndexer(reopened, f.corpusOf(), f.tagLookup(), Optional.empty());
                assertThat(indexer.staleness()).as("an index survives a restart").isEmpty();
                f.papers.add(paper("2510.00002", "Photograph 51", "A famous diffraction image."));
                assertThat(indexer.staleness()).hasValueSatisfying(why -> assertThat(why).contains("holds 24 papers, the database 25"));
                SearchService service = new SearchService(reopened, f.tagLookup(), indexer, Optional.empty());
                indexer.rebuild(n -> { });
                assertThat(f.ids(service.search("photograph", 5))).containsExactly("2510.00002");
            }
        }
    }
}
