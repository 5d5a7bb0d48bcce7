package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.paper.library.Libraries;
import dev.paperboy.paper.library.LibraryEntry;
import dev.paperboy.paper.source.FixtureServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /papers seed} with many ids, arXiv fetched at once, a reading list attached; {@code /papers saved} and its .bib. */
class SeedAndSavedCommandsTest {

    private final FixtureServer arxiv = new FixtureServer();
    private final Wiring app;
    private final CommandHandler commands;
    private final ChannelRef ref = new ChannelRef("discord", "g1", "c1");
    private final Caller member = new Caller("u1", false);

    SeedAndSavedCommandsTest() throws Exception {
        arxiv.route("/api/query", FixtureServer.fixture("arxiv_api_classic.xml"));
        app = Wiring.open(Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of(
                "db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "embed.enabled=false", "tags.tagger=keyword",
                "ranking.mode=tags-only", "sources.arxiv.base-url=" + arxiv.url("/api/query"), "sources.http.arxiv-delay-seconds=0",
                "sources.http.retries=0")), java.time.Clock.systemUTC());
        commands = app.chat((channel, message) -> "m" + System.nanoTime(), Optional.empty()).commands();
    }

    @AfterEach
    void close() {
        app.close();
        arxiv.close();
    }

    private long channelId() {
        return app.channels().find(ref).orElseThrow().id();
    }

    @Test
    void givenIdsPaperboyHasNotRead_whenSeeded_thenTheyAreFetchedAtOnceAndSeeded() {
        Reply reply = commands.handle(ref, member, "/papers seed 2508.14001 https://arxiv.org/abs/hep-th/9901001v2 banana");

        assertThat(reply.isError()).isFalse();
        assertThat(reply.text()).startsWith("Seeded this channel's taste with 2 papers: Neural Architecture Search")
                .contains("Strings on a Lattice").contains("2 fetched from arXiv just now").contains("I don't know a paper `banana`");
        assertThat(app.feedback().seeds(channelId())).containsExactlyInAnyOrder("2508.14001", "hep-th/9901001");
        assertThat(arxiv.requested()).hasSize(1);
    }

    @Test
    void givenAReadingListAttached_whenSeeded_thenEveryEntryIsCountedAndABadFileGetsOneAnswer() throws Exception {
        byte[] ris = "TY  - JOUR\nTI  - Strings on a Lattice\nUR  - https://arxiv.org/abs/hep-th/9901001\nER  - \n\nTY  - JOUR\nTI  - Our Own Note\nAB  - We write things down.\nER  - \n"
                .getBytes(StandardCharsets.UTF_8);
        PapersCommand command = new CommandParser().parse("seed", Optional.of(new Attachment("group.ris", ris)));

        Reply reply = commands.handle(ref, member, command);

        assertThat(reply.text()).contains("2 entries: 0 matched, 1 fetched from arXiv, 1 imported from their own abstracts, 0 not found. Seeded 2 papers");
        Reply bad = commands.handle(ref, member, new CommandParser().parse("seed", Optional.of(new Attachment("x.ris", "TI  - stray\n".getBytes(StandardCharsets.UTF_8)))));
        assertThat(bad.isError()).isTrue();
        assertThat(bad.text()).contains("Could not read x.ris: line 1").contains("(0 entries read before it)");
    }

    @Test
    void givenBookmarks_whenSavedIsAsked_thenNewestFirstInPagesAndAsABibtexThatReadsBack() throws Exception {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            papers.add(new Paper("2507.100" + (10 + i), "Paper number " + i + " & friends", "Abstract " + i + " at 50%.", List.of("Ana Müller"),
                    List.of("cs.LG"), Instant.parse("2025-07-01T00:00:00Z"), 0, 1, "test"));
        }
        app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(), Optional.empty(), List.of()));
        assertThat(commands.handle(ref, member, "/papers saved").text()).contains("Nothing saved here yet");
        Instant t = Instant.parse("2025-07-02T00:00:00Z");
        for (int i = 0; i < 12; i++) {
            app.feedback().react(channelId(), papers.get(i).id(), "u" + (i % 3), "m" + i, i % 2 == 0 ? "🔖" : "bookmark", false, t.plusSeconds(i));
        }
        app.feedback().react(channelId(), papers.get(11).id(), "u2", "m11", "bookmark", true, t.plusSeconds(60));

        String first = commands.handle(ref, member, "/papers saved").text();
        assertThat(first).contains("(11, page 1 of 2)").contains("1. Paper number 10 & friends · `2507.10020`").contains("`/papers saved 2`")
                .doesNotContain("Paper number 11");
        assertThat(commands.handle(ref, member, "/papers saved 2").text()).contains("11. Paper number 0 & friends");
        assertThat(commands.handle(ref, member, "/papers saved 3").isError()).isTrue();

        Reply bib = commands.handle(ref, member, "/papers saved bibtex");
        assertThat(bib.text()).isEqualTo("11 saved papers as BibTeX.");
        Attachment file = bib.file().orElseThrow();
        assertThat(file.fileName()).endsWith(".bib");
        List<LibraryEntry> back = Libraries.read(file.fileName(), file.content()).entries();
        assertThat(back).extracting(LibraryEntry::arxivId).startsWith("2507.10020", "2507.10019").hasSize(11);
        assertThat(back.get(0).title()).isEqualTo("Paper number 10 & friends");
        assertThat(back.get(0).authors()).containsExactly("Ana Müller");
    }
}
