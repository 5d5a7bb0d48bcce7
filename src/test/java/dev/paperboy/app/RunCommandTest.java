package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GIVEN no chat token and an empty database WHEN the bot runs THEN it imports the seeds and posts a digest at once. */
class RunCommandTest {

    private static String run(String db, String input, String... extra) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            // No management port (another test run may hold 8081) and no fetch from the internet on first start.
            String[] args = new String[11 + extra.length];
            System.arraycopy(new String[] {"run", "--set", "db.url=" + db, "--set", "management.port=0", "--set", "sources.arxiv.enabled=false",
                "--set", "sources.arxiv-feed.enabled=false", "--set", "sources.hf.enabled=false"}, 0, args, 0, 11);
            System.arraycopy(extra, 0, args, 11, extra.length);
            assertThat(Main.execute(args)).isZero();
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firstStartImportsSeedsAndPostsADigestThenLaterStartsDoNot() {
        String db = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String first = run(db, "/papers settings\n");
        assertThat(first).contains("First start: imported").contains("📰 Paperboy").contains("Posted 5 papers.");
        assertThat(first.split("\n")).filteredOn(l -> l.matches("\\[m\\d+] .*")).hasSize(5);
        assertThat(first).contains("Tags: #agent #lm #reasoning #rl");

        String second = run(db, "digest 2\nreact m2 +1\n");
        assertThat(second).doesNotContain("First start");
        // Ids continue after the first session's, so m2 is still the first session's paper.
        assertThat(second.split("\n")).filteredOn(l -> l.matches("\\[m\\d+] .*"))
                .hasSize(2).noneMatch(l -> l.matches("\\[m[1-7]] .*"));
        assertThat(second).contains("Noted +1 on pb-");
    }

    @Test
    void aBadSettingIsAClearErrorNotAStackTrace() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(Main.execute("run", "--set", "ranking.mode=clever", "--set", "db.url=jdbc:h2:mem:bad")).isEqualTo(2);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ranking.mode must be").doesNotContain("Exception");
    }
}
