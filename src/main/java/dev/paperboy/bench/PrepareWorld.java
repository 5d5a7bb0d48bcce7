package dev.paperboy.bench;

import dev.paperboy.paper.Paper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code paperboy bench prepare}: builds the database the planning, memory and start-up benchmarks read (100,000
 * papers, 1,000 channels with feedback histories by default), through the real ingest, channel and reaction
 * services; see {@link BenchWorld} for how. Run once; the other benchmarks never change it.
 */
public final class PrepareWorld {

    /** The command's options. */
    public static final class Options {
        @Option(names = "--data", description = "Real papers (JSON lines, .gz too). Default: ${DEFAULT-VALUE}")
        Path data = Path.of("../shared/data/arxiv-listings-dev.jsonl.gz");

        @Option(names = "--db", description = "The H2 database to create (path without .mv.db). Default: ${DEFAULT-VALUE}")
        Path db = Path.of(BenchFiles.WORLD);

        @Option(names = "--papers", description = "Papers in all. Default: ${DEFAULT-VALUE}")
        int papers = 100_000;

        @Option(names = "--real", description = "Real papers embedded with the model; the rest are recombined from them. Default: ${DEFAULT-VALUE}")
        int real = 5_000;

        @Option(names = "--channels", description = "Channels. Default: ${DEFAULT-VALUE}")
        int channels = 1_000;

        @Option(names = "--days", description = "Days the papers are spread over, ending the day before the benchmarks' now. Default: ${DEFAULT-VALUE}")
        int days = 300;

        @Option(names = "--history-days", description = "Past days on which each channel got a digest and reacted. Default: ${DEFAULT-VALUE}")
        int historyDays = 10;

        @Option(names = "--untagged", description = "Share of channels that follow no tag (every fresh paper is their candidate). Default: ${DEFAULT-VALUE}")
        double untagged = 0.1;

        @Option(names = "--seed", description = "Seed of every random choice. Default: ${DEFAULT-VALUE}")
        long seed = 42;

        @Option(names = "--force", description = "Replace the database if it exists.")
        boolean force;

        /** The H2 URL of a new, empty database file, or null (with the reason on stderr) when one is there and not forced. */
        public String freshUrl(String configured) throws IOException {
            Path file = BenchFiles.mvDb(db);
            if (Files.exists(file) && !force) {
                System.err.println("paperboy: " + file + " exists; the benchmarks can use it as it is, or add --force to build it again");
                return null;
            }
            Files.deleteIfExists(file);
            Files.createDirectories(db.toAbsolutePath().getParent());
            return BenchFiles.h2Url(db, configured);
        }
    }

    private PrepareWorld() {
    }

    public static int run(Options o, BenchBackend app, PrintStream out) throws IOException {
        List<Paper> realPapers = BenchCorpus.real(app.paperFiles(), o.data, o.real, BenchWorld.NOW);
        BenchWorld.Spec spec = new BenchWorld.Spec(o.papers, realPapers.size(), o.channels, o.days, app.freshnessDays(),
                o.historyDays, o.untagged, o.seed);
        BenchWorld.Summary s = new BenchWorld(app.services(), System.err).build(realPapers, spec, BenchWorld::ref);
        out.printf("Built %s in %.0f s: %,d papers (%,d real, the rest recombined), %,d published in the last %d days "
                        + "before %s; %,d channels with %,d seeds, %,d past deliveries and %,d reactions.%n",
                BenchFiles.mvDb(o.db), s.seconds(), s.papers(), s.real(), s.fresh(), spec.freshnessDays(), BenchWorld.NOW, s.channels(),
                s.seeds(), s.deliveries(), s.reactions());
        return 0;
    }
}
