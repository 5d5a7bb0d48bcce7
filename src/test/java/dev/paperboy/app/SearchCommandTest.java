package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GIVEN papers ingested into a database on disk WHEN {@code paperboy search} runs THEN it prints the matches,
 * rebuilds a missing index by itself, and answers a bad query with a sentence and exit code 2.
 */
class SearchCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path dir, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--set", "db.url=jdbc:h2:file:" + dir.resolve("db"), "--set", "search.index-dir=" + dir.resolve("index")));
            int code = Main.execute(all.toArray(String[]::new));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void searchesPrintMatchesRebuildAMissingIndexAndRefuseBadQueriesPolitely(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "ingest", "--file", "src/test/resources/search/papers.jsonl").code()).isZero();

        Run found = run(dir, "search", "making chatbots stop inventing facts", "--limit", "3");
        assertThat(found.code()).isZero();
        assertThat(found.out()).startsWith("1. Grounding Large Language Models in Retrieved Evidence Reduces Hallucination")
                .contains("Sofia Lindqvist, Daniel Mensah · 2025-03-11").contains("https://arxiv.org/abs/2501.10004 · id 2501.10004");
        assertThat(found.err()).doesNotContain("Rebuilding");

        try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Run rebuilt = run(dir, "search", "tag:rl", "--limit", "2");
        assertThat(rebuilt.err()).contains("Rebuilding the search index (the index is new): 24 papers.");
        assertThat(rebuilt.out()).contains("3 papers match; newest first.").contains("1. Autonomous Drone Racing");

        assertThat(run(dir, "search", "--like", "2501.10011", "--limit", "2").out()).contains("Policy Gradient Methods");
        assertThat(run(dir, "search", "--rebuild").err()).contains("Indexed 24 papers");

        Run badTag = run(dir, "search", "diffusion", "tag:difusion");
        assertThat(badTag.code()).isEqualTo(2);
        assertThat(badTag.err()).contains("paperboy: I don't know the tag difusion. Closest: #diffusion");
        assertThat(run(dir, "search").err()).contains("search for what?");
    }
}
