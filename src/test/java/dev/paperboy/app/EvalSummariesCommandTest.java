package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSummariesCommandTest {

    static final String ABSTRACT = "Caches are costly. We propose SlimKV, which keeps only needed keys. SlimKV uses 40% less memory.";

    @Test
    void givenLabelledData_whenEvalRunsWithOut_thenItPrintsTheTableAndWritesTheSameReport(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("labelled.jsonl");
        int idea = ABSTRACT.indexOf("keeps only needed keys");
        Files.write(data, List.of("{\"id\":\"x\",\"abstract\":\"" + ABSTRACT + "\",\"spans\":[{\"start\":" + idea + ",\"end\":"
                + (idea + 22) + ",\"label\":\"idea\"}]}"));
        Path report = dir.resolve("summaries.md");

        String out = run("eval", "summaries", data.toString(), "--out", report.toString());

        assertThat(out).contains("| first sentence (baseline) | **0.000**").contains("1 abstracts");
        String written = Files.readString(report);
        assertThat(out).contains(written.strip());
        assertThat(written).contains("eval summaries " + data).contains("| extractive (default");
    }

    @Test
    void givenAMissingDataFile_whenEvalRuns_thenItSaysSoPlainly(@TempDir Path dir) {
        assertThat(Main.execute("eval", "summaries", dir.resolve("none.jsonl").toString(), "--no-doc")).isEqualTo(2);
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Main.execute(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
