package dev.paperboy.app;

import dev.paperboy.paper.IngestProgress;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.paper.source.FetchReport;
import dev.paperboy.paper.source.SourceIngest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy ingest}: reads paper files of any known format ({@code --file}), or fetches from the paper
 * sources ({@code --source}), into the database, tagged. Progress goes to stderr, one line per page or day.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest papers from files (JSON lines, .gz too; reading lists; curated digests; the HF daily page; "
            + "saved arXiv Atom or HF daily JSON) or from the paper sources.",
            "Examples: ingest --file seeds/   ingest --source all   ingest --source arxiv --since 2025-08-18   "
                + "ingest --source arxiv --id 2508.13426"})
final class IngestCommand implements Callable<Integer> {

    static final List<String> SOURCES = List.of("arxiv", "arxiv-feed", "hf", "all");

    @Mixin
    GlobalOptions global;

    @Option(names = "--file", paramLabel = "PATH", description = "A paper file or a folder of them (repeatable).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "Fetch from a source: arxiv, arxiv-feed, hf, or all (every enabled one).")
    String source;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "With --source: fetch from this day (UTC) instead of the last complete run.")
    LocalDate since;

    @Option(names = "--id", paramLabel = "ARXIV_ID", description = "With --source arxiv: fetch these papers by id (repeatable).")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            err.println("paperboy ingest: " + problem.get());
            return 2;
        }
        try (Wiring app = Wiring.openBesideBot(global.load(), Clock.systemUTC())) {
            int failures = ingestFiles(app);
            if (source != null) {
                failures += ingestSources(app, err);
            }
            System.out.println(app.papers().count() + " papers in the database.");
            return failures == 0 ? 0 : 1;
        }
    }

    private Optional<String> problem() {
        if (files.isEmpty() && source == null) {
            return Optional.of("say what to ingest: --file PATH or --source " + String.join("|", SOURCES));
        }
        if (source != null && !SOURCES.contains(source)) {
            return Optional.of("--source must be one of " + String.join(", ", SOURCES) + "; got '" + source + "'");
        }
        if (since != null && source == null) {
            return Optional.of("--since goes with --source");
        }
        if (since != null && since.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            return Optional.of("--since " + since + " is in the future");
        }
        if (!ids.isEmpty() && !"arxiv".equals(source)) {
            return Optional.of("--id goes with --source arxiv");
        }
        return Optional.empty();
    }

    private static final java.time.Duration PROGRESS_EVERY = java.time.Duration.ofSeconds(5);

    private int ingestFiles(Wiring app) throws java.io.IOException {
        int failures = 0;
        for (Path path : PaperFiles.expand(files)) {
            if (!Files.isReadable(path)) {
                System.err.println("paperboy: cannot read " + path);
                failures++;
                continue;
            }
            PaperBatch batch = app.paperFiles().read(path, app.clock().instant());
            // A whole listing in one file takes minutes: say how far it got, every few seconds.
            IngestService.Result result = app.ingest().ingest(batch, IngestProgress.every(PROGRESS_EVERY, app.clock(),
                    p -> System.err.println(path.getFileName() + ": " + p.describe())));
            System.out.println(path + " (" + batch.format().name().toLowerCase().replace('_', '-') + "): " + result.describe());
            result.skipped().stream().limit(10).forEach(s -> System.out.println("  skipped " + s));
        }
        return failures;
    }

    private int ingestSources(Wiring app, PrintStream err) {
        if (!ids.isEmpty()) {
            FetchReport report = app.arxivApi().fetchIds(ids, (step, batch) -> {
                IngestService.Result r = app.ingest().ingest(batch);
                System.out.println("arxiv " + step + ": " + r.describe());
            });
            report.failures().forEach(f -> System.out.println("  failed " + f));
            return report.complete() ? 0 : 1;
        }
        List<SourceIngest.Configured> chosen = "all".equals(source)
                ? app.sources().configured().stream().filter(SourceIngest.Configured::enabled).toList()
                : List.of(app.sources().find(source).orElseThrow());
        if (chosen.isEmpty()) {
            err.println("paperboy ingest: every source is disabled (sources.<name>.enabled in the config)");
            return 1;
        }
        int failed = 0;
        for (SourceIngest.Report report : app.sources().run(chosen, Optional.ofNullable(since), err::println)) {
            System.out.println(report.describe());
            report.failures().forEach(f -> System.out.println("  failed " + f));
            failed += report.complete() ? 0 : 1;
        }
        return failed;
    }
}
