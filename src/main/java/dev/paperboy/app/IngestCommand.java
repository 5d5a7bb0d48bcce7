package dev.paperboy.app;

import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.PaperBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperboy ingest --file PATH}: reads paper files of any known format into the database, tagged. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest papers from files (JSON lines, .gz too; reading lists; curated digests; the HF daily page).")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--file", paramLabel = "PATH", required = true, description = "A paper file or a folder of them (repeatable).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (Wiring app = Wiring.open(global.load(), Clock.systemUTC())) {
            int failures = 0;
            for (Path path : expand(files)) {
                if (!Files.isReadable(path)) {
                    System.err.println("paperboy: cannot read " + path);
                    failures++;
                    continue;
                }
                PaperBatch batch = app.paperFiles.read(path, app.clock.instant());
                IngestService.Result result = app.ingest.ingest(batch);
                System.out.println(path + " (" + batch.format().name().toLowerCase().replace('_', '-') + "): " + result.describe());
                result.skipped().stream().limit(10).forEach(s -> System.out.println("  skipped " + s));
            }
            System.out.println(app.papers.count() + " papers in the database.");
            return failures == 0 ? 0 : 1;
        }
    }

    static List<Path> expand(List<Path> paths) throws java.io.IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var listing = Files.list(p)) {
                    listing.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
