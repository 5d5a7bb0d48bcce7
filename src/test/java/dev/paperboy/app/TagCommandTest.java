package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.tag.TagScore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperboy tag}: previewing a vocabulary on a file, and re-tagging the database without losing curators' tags. */
class TagCommandTest {

    private static final String DIGEST = "seeds/003_84d14bdad67119ba.txt";
    private static final String PAPERS = "src/test/resources/tagging/papers.jsonl";
    private static final String TWO_TAGS = "src/test/resources/tagging/two-tags.yaml";

    @TempDir
    Path dir;

    @Test
    void givenAVocabularyToTry_whenAFileIsTagged_thenEachPaperIsWrittenWithItsTagsAndTheCuratorsBeside() throws Exception {
        Path out = dir.resolve("tagged.jsonl");
        assertThat(Main.execute("tag", "--in", PAPERS, "--out", out.toString(), "--tags", TWO_TAGS, "--set", "embed.enabled=false", "--set", "ranking.mode=tags-only")).isZero();
        List<JsonNode> lines = read(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("tags").get(0).path("tag").asText()).isEqualTo("sequence-models");
        assertThat(lines.get(0).path("tags").get(0).path("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(lines.get(1).path("tags").get(0).path("tag").asText()).isEqualTo("robot-learning");

        Path curated = dir.resolve("digest.jsonl");
        assertThat(Main.execute("tag", "--in", DIGEST, "--out", curated.toString(), "--set", "embed.enabled=false", "--set", "ranking.mode=tags-only")).isZero();
        assertThat(read(curated).get(0).path("curator_tags").toString()).contains("flow").contains("lm");
    }

    @Test
    void givenTheVocabularyChanged_whenRetagged_thenMachineTagsFollowItAndCuratorsTagsStay() throws Exception {
        String db = "db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(Main.execute("ingest", "--file", DIGEST, "--file", PAPERS, "--set", db, "--set", "embed.enabled=false", "--set", "ranking.mode=tags-only")).isZero();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Main.execute("tag", "--retag", "--tags", TWO_TAGS, "--set", db, "--set", "embed.enabled=false", "--set", "ranking.mode=tags-only")).isZero();
        } finally {
            System.setOut(old);
        }
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("11 papers re-tagged").contains("9 papers keep their curators' tags")
                .contains("curators' tag #flow (1 paper) is not in the vocabulary any more");

        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of(db, "embed.enabled=false", "ranking.mode=tags-only"));
        try (Wiring app = Wiring.open(config, Clock.systemUTC())) {
            Map<String, List<TagScore>> tags = app.tags().effectiveTags(app.papers().ids());
            assertThat(tags.get("2506.11111")).extracting(TagScore::tag).containsExactly("sequence-models");
            assertThat(tags.get("2506.22222")).extracting(TagScore::tag).containsExactly("robot-learning");
            assertThat(tags.values()).filteredOn(t -> t.stream().anyMatch(s -> s.origin().equals(TagScore.HUMAN))).hasSize(9);
        }
    }

    @Test
    void givenNeitherFilesNorRetag_whenRun_thenItSaysWhatToGive() {
        assertThat(Main.execute("tag", "--in", PAPERS)).isEqualTo(2);
        assertThat(Main.execute("tag", "--retag", "--in", PAPERS, "--out", dir.resolve("x").toString())).isEqualTo(2);
    }

    private static List<JsonNode> read(Path file) throws Exception {
        var json = Json.mapper();
        return Files.readAllLines(file).stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
