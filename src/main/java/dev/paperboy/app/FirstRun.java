package dev.paperboy.app;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.tag.TagVocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does the first time it starts on an empty database: imports the seed documents, and gives the
 * console channel its tags and its reader's taste (the reading lists seed it), so a newcomer sees a digest at once.
 */
final class FirstRun {

    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

    private FirstRun() {
    }

    /** Returns true when this was the first run and the seeds were imported. */
    static boolean importSeeds(Wiring app, ChannelRef consoleChannel) throws IOException {
        if (app.papers().count() > 0 || !boolSetting(app, "seeds.import-on-first-run")) {
            return false;
        }
        Path dir = Path.of(app.config().string("seeds.dir"));
        if (!Files.isDirectory(dir)) {
            log.warn("no seed folder at {}; starting with an empty database", dir.toAbsolutePath());
            return false;
        }
        Channel channel = app.channels().getOrCreate(consoleChannel, app.channelDefaults(), app.clock().instant());
        List<String> tags = app.config().list("console.tags").stream()
                .map(t -> app.vocabulary().find(t).map(tag -> tag.name()).orElse(null))
                .filter(t -> t != null).toList();
        app.channels().subscribe(channel.id(), tags, app.clock().instant());
        for (Path file : PaperFiles.expand(List.of(dir))) {
            PaperBatch batch = app.paperFiles().read(file, app.clock().instant());
            IngestService.Result result = app.ingest().ingest(batch);
            log.info("seed imported file={} format={} result=\"{}\"", file.getFileName(), batch.format(), result.describe());
            if (batch.reader().isPresent()) {
                for (Paper paper : batch.papers()) {
                    app.feedback().seed(channel.id(), paper.id(), "reading-list:" + batch.reader().get(), app.clock().instant());
                }
            }
        }
        System.out.println("First start: imported " + app.papers().count() + " seed papers from " + dir
                + "; the console channel follows " + String.join(" ", tags.stream().map(t -> "#" + TagVocabulary.canonical(t)).toList()) + ".");
        return true;
    }

    /**
     * A first start with chat adapters: the seeds are imported as for the console (no channel gets a taste from
     * them: channels are created by their first command). Returns true when this was the first start, so the caller
     * starts a fetch from the paper sources at once instead of waiting for the ingest schedule.
     */
    static boolean importSeeds(Wiring app) throws IOException {
        if (app.papers().count() > 0) {
            return false;
        }
        if (!boolSetting(app, "seeds.import-on-first-run")) {
            return true;
        }
        Path dir = Path.of(app.config().string("seeds.dir"));
        if (!Files.isDirectory(dir)) {
            log.warn("no seed folder at {}; starting with an empty database", dir.toAbsolutePath());
            return true;
        }
        for (Path file : PaperFiles.expand(List.of(dir))) {
            PaperBatch batch = app.paperFiles().read(file, app.clock().instant());
            log.info("seed imported file={} format={} result=\"{}\"", file.getFileName(), batch.format(), app.ingest().ingest(batch).describe());
        }
        log.info("first start: imported {} seed papers from {}; fetching from the paper sources now", app.papers().count(), dir);
        return true;
    }

    private static boolean boolSetting(Wiring app, String key) throws IOException {
        try {
            return app.config().bool(key);
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
