package dev.paperboy.channel;

import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Test helper: the real wiring on a fresh in-memory database, with a gateway that records posts. */
final class TestApp implements AutoCloseable {

    private final Wiring wiring;
    private final Wiring.ChatServices chat;
    private final List<OutgoingMessage> posted = Collections.synchronizedList(new ArrayList<>());

    private TestApp(Wiring wiring) {
        this.wiring = wiring;
        this.chat = wiring.chat((channel, message) -> {
            posted.add(message);
            return "t" + System.nanoTime();
        }, Optional.empty());
    }

    static TestApp open(String... settings) throws Exception {
        List<String> all = new ArrayList<>(List.of("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                // No arXiv here: a seed of an unknown id finds it down at once instead of retrying for half a minute.
                "sources.arxiv.base-url=http://127.0.0.1:9/api/query", "sources.http.retries=0"));
        all.addAll(List.of(settings));
        return new TestApp(Wiring.open(Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), all), Clock.systemUTC()));
    }

    CommandHandler commands() {
        return chat.commands();
    }

    /** The channel's scheduled digest of {@code size}, as the scheduler posts it once it has claimed the run (its bar held). */
    DigestService.Outcome scheduledDigest(ChannelRef ref, int size) {
        return chat.digests().post(wiring.channels().find(ref).orElseThrow(), size, java.time.Instant.now(), DigestProgress.NONE);
    }

    Wiring wiring() {
        return wiring;
    }

    /** The ids of the papers posted so far, in order. */
    List<String> postedPapers() {
        synchronized (posted) {
            return posted.stream().flatMap(m -> m.paper().stream()).map(PaperCard::id).toList();
        }
    }

    /** The paper messages posted so far, in order. */
    List<PaperCard> postedCards() {
        synchronized (posted) {
            return posted.stream().flatMap(m -> m.paper().stream()).toList();
        }
    }

    /** Ingests papers as a source would, through every listener (tags, vectors, search index). */
    void ingest(List<Paper> papers) {
        wiring.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(), Optional.empty(), List.of()));
    }

    @Override
    public void close() {
        wiring.close();
    }
}
