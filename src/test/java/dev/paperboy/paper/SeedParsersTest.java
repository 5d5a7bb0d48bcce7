package dev.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three seed formats, read from the project's own seeds/ folder. */
class SeedParsersTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final PaperFiles files = new PaperFiles(new JsonPapers(new ObjectMapper()));

    private PaperBatch read(String prefix) throws IOException {
        try (var listing = java.nio.file.Files.list(Path.of("seeds"))) {
            Path file = listing.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return files.read(file, NOW);
        }
    }

    @Test
    void readingListsKeepTheReaderAndDeduplicateAbstracts() throws IOException {
        PaperBatch first = read("000_");
        PaperBatch second = read("001_");
        assertThat(first.format()).isEqualTo(PaperFormat.READING_LIST);
        assertThat(first.reader()).contains("Richard");
        assertThat(first.papers()).hasSize(10).allSatisfy(p -> {
            assertThat(p.id()).startsWith("pb-");
            assertThat(p.title()).isEmpty();
            assertThat(p.abstractText()).isNotBlank().doesNotStartWith("Abstract:");
        });
        // The snapshots overlap: the same abstract gets the same id.
        assertThat(second.papers()).extracting(Paper::id).containsAnyElementsOf(first.papers().stream().map(Paper::id).toList());
    }

    @Test
    void curatedDigestGivesTitlesAuthorsDateAndTheCuratorsTags() throws IOException {
        PaperBatch digest = read("003_");
        assertThat(digest.format()).isEqualTo(PaperFormat.CURATED_DIGEST);
        assertThat(digest.papers()).hasSize(9);
        assertThat(digest.skipped()).isEmpty();
        Paper first = digest.papers().get(0);
        assertThat(first.title()).isEqualTo("Flexible Language Modeling in Continuous Space with Transformer-based Autoregressive Flows");
        assertThat(first.authors()).startsWith("Ruixiang Zhang", "Shuangfei Zhai").hasSize(9);
        assertThat(first.abstractText()).startsWith("Autoregressive models have driven");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-07-04T00:00:00Z"));
        assertThat(digest.curatorTags().get(first.id())).containsExactly("flow", "lm");
        // A block with two comment lines per language still ends at its hashtag line.
        Paper ssm = digest.papers().stream().filter(p -> p.title().startsWith("Understanding and Improving Length")).findFirst().orElseThrow();
        assertThat(digest.curatorTags().get(ssm.id())).containsExactly("state-space-model", "long-context");
        assertThat(ssm.abstractText()).startsWith("Recently, recurrent models");
    }

    @Test
    void hfDailyPageSkipsTheHeaderAndStripsAbstractPrefix() throws IOException {
        PaperBatch page = read("004_");
        assertThat(page.format()).isEqualTo(PaperFormat.HF_DAILY_PAGE);
        assertThat(page.papers()).hasSizeBetween(70, 75);
        Paper first = page.papers().get(0);
        assertThat(first.title()).isEqualTo("Improving Language Models with Advantage-based Offline Policy Gradients");
        assertThat(first.abstractText()).startsWith("Language Models (LMs) achieve");
        assertThat(page.papers()).extracting(Paper::title)
                .doesNotContain("new", "Subscribe", "Get trending papers in your email inbox!", "byAK and the research community");
    }

    @Test
    void jsonLinesSkipBadLinesAndKeepTheRest() {
        List<String> lines = List.of(
                "{\"id\":\"2506.20639v2\",\"title\":\"A\",\"abstract\":\"Text.\",\"authors\":[\"X\"],\"categories\":[\"cs.LG\"],\"published\":\"2025-06-25\"}",
                "not json",
                "{\"id\":\"2506.00001\",\"title\":\"No abstract\"}",
                "",
                "{\"id\":\"2506.00002\",\"title\":\"B\",\"abstract\":\"Text.\",\"listing_date\":\"2025-06-26\",\"upvotes\":7}");
        PaperBatch batch = new JsonPapers(new ObjectMapper()).parse(lines, NOW, "test");
        assertThat(batch.papers()).extracting(Paper::id).containsExactly("2506.20639", "2506.00002");
        assertThat(batch.papers().get(0).version()).isEqualTo(2);
        assertThat(batch.papers().get(1).published()).isEqualTo(Instant.parse("2025-06-26T00:00:00Z"));
        assertThat(batch.papers().get(1).upvotes()).isEqualTo(7);
        assertThat(batch.skipped()).hasSize(2).anySatisfy(s -> assertThat(s).startsWith("line 2: not valid JSON"))
                .anySatisfy(s -> assertThat(s).isEqualTo("line 3: paper is missing abstract"));
    }

    @Test
    void gzippedJsonLinesAreReadTransparently(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("papers.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
            out.write("{\"id\":\"2501.00001\",\"title\":\"T\",\"abstract\":\"A.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        PaperBatch batch = files.read(file, NOW);
        assertThat(batch.format()).isEqualTo(PaperFormat.JSON_LINES);
        assertThat(batch.papers()).singleElement().satisfies(p -> assertThat(p.published()).isEqualTo(NOW));
    }
}
