package dev.paperboy.channel;

import dev.paperboy.app.Wiring;

/** Test helper: the real wiring on a fresh in-memory database, with a gateway that records posts. */
final class TestApp implements AutoCloseable {

    private final Wiring wiring;
    private final Wiring.ChatServices chat;

    private TestApp(Wiring wiring) {
        this.wiring = wiring;
        this.chat = wiring.chat((channel, message) -> "t" + System.nanoTime(), java.util.Optional.empty());
    }

    static TestApp open() throws Exception {
        var config = dev.paperboy.app.Config.load(java.nio.file.Path.of("config/paperboy.yaml"), true, java.util.Map.of(),
                java.util.List.of("db.url=jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        return new TestApp(Wiring.open(config, java.time.Clock.systemUTC()));
    }

    CommandHandler commands() {
        return chat.commands();
    }

    /** Ingests papers as a source would, through every listener (tags, vectors, search index). */
    void ingest(java.util.List<dev.paperboy.paper.Paper> papers) {
        wiring.ingest().ingest(new dev.paperboy.paper.PaperBatch(dev.paperboy.paper.PaperFormat.JSON_LINES, papers, java.util.Map.of(),
                java.util.Optional.empty(), java.util.List.of()));
    }

    @Override
    public void close() {
        wiring.close();
    }
}
