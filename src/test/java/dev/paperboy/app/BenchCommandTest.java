package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark commands run on tiny inputs and say what is missing; the real figures are in docs/PERFORMANCE.md. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void givenAFewPapers_whenBenchReactionsRuns_thenItReportsTheRateBesideTheInsertLoop() {
        String out = capture(() -> Main.execute("bench", "reactions", "--data", "src/test/resources/bench/papers.jsonl",
                "--reactions", "200", "--repeat", "1", "--channels", "2", "--papers", "3", "--work", tmp.toString()), 0);

        assertThat(out).contains("## Reactions").contains("| ReactionService.react |").contains("| single-row INSERT loop (baseline) |")
                .contains("× the rate of bare inserts");
    }

    @Test
    void givenNoPreparedDatabase_whenBenchPlanRuns_thenItSaysToPrepareOneFirst() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("bench", "plan", "--db", tmp.resolve("none").toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run `paperboy bench prepare` first");
    }

    @Test
    void givenDataThatIsNotThere_whenBenchIngestRuns_thenItSaysWhichFileWithoutAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("bench", "ingest", "--data", tmp.resolve("missing.jsonl.gz").toString(), "--work", tmp.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("paperboy: cannot read ").contains("missing.jsonl.gz")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static String capture(java.util.function.IntSupplier command, int expectedCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.getAsInt()).isEqualTo(expectedCode);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
