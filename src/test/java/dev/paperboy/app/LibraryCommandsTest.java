package dev.paperboy.app;

import static dev.paperboy.paper.source.FixtureServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.paper.source.FixtureServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperboy seed} and {@code paperboy export} through Main, on H2 in memory and a local fake arXiv. */
class LibraryCommandsTest {

    private record Run(int exit, String out, String err) {
    }

    @TempDir
    Path dir;
    private FixtureServer arxiv;
    private List<String> settings;

    @BeforeEach
    void start() throws Exception {
        arxiv = new FixtureServer();
        arxiv.route("/api/query", fixture("arxiv_api_classic.xml"));
        settings = SourcesEndToEndTest.settings(arxiv, "lib-" + UUID.randomUUID());
        settings.addAll(List.of("embed.enabled=false", "tags.tagger=keyword", "ranking.mode=tags-only"));
    }

    @AfterEach
    void stop() {
        arxiv.close();
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        settings.forEach(s -> all.addAll(List.of("--set", s)));
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(Main.execute(all.toArray(String[]::new)), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void givenABibtexLibrary_whenSeeded_thenUnknownArxivIdsAreFetchedOthersImportedAndTheReportCountsEach() throws Exception {
        Path bib = file("group.bib", """
                @misc{a, title = {Neural Architecture Search for Sparse Mixture-of-Experts Routing}, eprint = {2508.14001v1}, archivePrefix = {arXiv}}
                @misc{b, title = {Strings}, url = {http://arxiv.org/abs/hep-th/9901001}}
                @article{c, title = {Reading Groups Remember More}, author = {M{\\"u}ller, J{\\"u}rgen}, year = 2024,
                  abstract = {We show that papers argued about are remembered.}}
                @article{d, title = {A Journal Paper Without Abstract}, doi = {10.1145/1.2}}
                """);

        Run dry = run("seed", "--channel", "console/local/lab", "--file", bib.toString(), "--dry-run");
        assertThat(dry.out()).contains("Dry run, nothing changed. 4 entries: 0 matched, 2 to fetch from arXiv, 1 to import");
        assertThat(arxiv.requested()).isEmpty();

        Run seeded = run("seed", "--channel", "console/local/lab", "--file", bib.toString());

        assertThat(seeded.exit()).isZero();
        assertThat(seeded.out()).contains("4 entries: 0 matched, 2 fetched from arXiv, 1 imported from their own abstracts, 1 not found. "
                + "Seeded 3 papers (3 new to this channel).")
                .contains("Not found: line 5 (A Journal Paper Without Abstract): DOI 10.1145/1.2");
        assertThat(arxiv.requested()).hasSize(1);

        Run again = run("seed", "--channel", "console/local/lab", "--file", bib.toString());
        assertThat(again.out()).contains("3 matched, 0 fetched from arXiv, 0 imported").contains("(0 new to this channel)");
    }

    @Test
    void givenSeeds_whenExportedAndSeededIntoAnotherChannel_thenThatChannelHasTheSamePapers() throws Exception {
        Path ids = file("ids.txt", "2508.14001\nhttps://arxiv.org/abs/hep-th/9901001v3\n");
        assertThat(run("seed", "--channel", "console/local/lab", "--file", ids.toString()).exit()).isZero();
        // The saved list comes from reactions; seeds are what this channel has, so mark them saved by 🔖 on their messages.
        try (Wiring app = Wiring.open(Config.load(Path.of("config/paperboy.yaml"), true, java.util.Map.of(), settings), Clock.systemUTC())) {
            long lab = app.channels().find(new ChannelRef("console", "local", "lab")).orElseThrow().id();
            app.feedback().react(lab, "2508.14001", "u1", "m1", "🔖", false, app.clock().instant());
            app.feedback().react(lab, "hep-th/9901001", "u2", "m2", ":bookmark:", false, app.clock().instant().plusSeconds(1));
        }
        Path out = dir.resolve("saved.bib");

        Run export = run("export", "--channel", "console/local/lab", "--saved", "--format", "bibtex", "--out", out.toString());

        assertThat(export.exit()).isZero();
        String bib = Files.readString(out);
        assertThat(bib.indexOf("hep-th/9901001")).isLessThan(bib.indexOf("2508.14001")); // newest save first
        Run reseeded = run("seed", "--channel", "slack/T1/C2", "--file", out.toString());
        assertThat(reseeded.out()).contains("2 entries: 2 matched, 0 fetched from arXiv, 0 imported from their own abstracts, 0 not found.");
    }

    @Test
    void givenBadInput_whenSeeded_thenOneClearLineAndNothingSeeded() throws Exception {
        Path broken = file("broken.ris", "TY  - JOUR\nTI  - One\nER  - \nTI  - stray\n");

        Run run = run("seed", "--channel", "console/local/lab", "--file", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Could not read broken.ris: line 4").contains("(1 entry read before it). Nothing was seeded.")
                .doesNotContain("Exception");
        assertThat(run("seed", "--channel", "lab", "--file", broken.toString()).err()).contains("PLATFORM/WORKSPACE/CHANNEL");
        assertThat(run("export", "--channel", "console/local/nowhere").err()).contains("no channel console/local/nowhere");
    }
}
