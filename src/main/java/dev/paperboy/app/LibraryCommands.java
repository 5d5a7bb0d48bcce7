package dev.paperboy.app;

import dev.paperboy.channel.ChannelExport;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.feedback.LibrarySeeder;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.library.Libraries;
import dev.paperboy.paper.library.LibraryException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperboy seed} and {@code paperboy export}: a channel's reading list in, its papers out. */
final class LibraryCommands {

    private LibraryCommands() {
    }

    private static Optional<ChannelRef> channel(String text, PrintStream err, String command) {
        Optional<ChannelRef> ref = ChannelRef.parse(text);
        if (ref.isEmpty()) {
            err.println("paperboy " + command + ": --channel is PLATFORM/WORKSPACE/CHANNEL, e.g. slack/T0123/C0456 or console/local/c1; got '"
                    + text + "'");
        }
        return ref;
    }

    /**
     * {@code paperboy seed --channel slack/T0123/C0456 --file library.bib [--dry-run]}: seeds a channel's taste from
     * a BibTeX, RIS or Zotero CSV export, or a list of arXiv ids, URLs and DOIs, all or nothing.
     */
    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = {"Seed a channel's taste from a reading list: BibTeX, RIS, Zotero CSV, or one arXiv id, URL or DOI a line.",
                "Papers Paperboy has not read are fetched from arXiv by id, or imported from the entry's abstract.",
                "Example: seed --channel slack/T0123/C0456 --file group.bib --dry-run"})
    static final class Seed implements Callable<Integer> {

        @Mixin
        GlobalOptions global;

        @Option(names = "--channel", required = true, paramLabel = "PLATFORM/WORKSPACE/CHANNEL", description = "The channel to seed.")
        String channel;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The reading list (.bib, .ris, .csv, .txt; at most 5 MB).")
        Path file;

        @Option(names = "--dry-run", description = "Say what would be matched, fetched, imported and seeded; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() throws Exception {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            Optional<ChannelRef> ref = channel(channel, err, "seed");
            if (ref.isEmpty()) {
                return 2;
            }
            if (!Files.isReadable(file)) {
                err.println("paperboy seed: cannot read " + file);
                return 2;
            }
            Libraries.Library library;
            try {
                library = Libraries.read(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (LibraryException e) {
                err.println("paperboy seed: " + e.getMessage());
                return 2;
            }
            try (Wiring app = Wiring.open(global.load(), Clock.systemUTC())) {
                long channelId = app.channels().getOrCreate(ref.get(), app.channelDefaults(), app.clock().instant()).id();
                LibrarySeeder.Report report = app.librarySeeder().seed(channelId, library.entries(), "file:" + file.getFileName(), dryRun);
                System.out.println(ref.get() + " from " + file.getFileName() + " (" + library.format().label() + "): " + report.describe(50));
                return report.paperIds().isEmpty() ? 1 : 0;
            }
        }
    }

    /** {@code paperboy export --channel … [--saved|--liked|--delivered] [--format bibtex|csv|jsonl] [--out FILE]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a channel's papers out: its saved list (the default), liked or delivered papers.",
                "Example: export --channel slack/T0123/C0456 --saved --format bibtex --out saved.bib"})
    static final class Export implements Callable<Integer> {

        @Mixin
        GlobalOptions global;

        @Option(names = "--channel", required = true, paramLabel = "PLATFORM/WORKSPACE/CHANNEL", description = "The channel.")
        String channel;

        @Option(names = "--saved", description = "Papers bookmarked (🔖) in the channel, newest first (the default).")
        boolean saved;

        @Option(names = "--liked", description = "Papers the channel's members liked on balance.")
        boolean liked;

        @Option(names = "--delivered", description = "Every paper the channel was delivered, newest first.")
        boolean delivered;

        @Option(names = "--format", paramLabel = "bibtex|csv|jsonl", description = "Output format (default: ${DEFAULT-VALUE}).",
                defaultValue = "bibtex")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
        Path out;

        @Override
        public Integer call() throws Exception {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            Optional<ChannelRef> ref = channel(channel, err, "export");
            Optional<ChannelExport.Format> fmt = ChannelExport.Format.parse(format);
            if (ref.isEmpty()) {
                return 2;
            }
            if (fmt.isEmpty()) {
                err.println("paperboy export: --format is bibtex, csv or jsonl; got '" + format + "'");
                return 2;
            }
            if ((saved ? 1 : 0) + (liked ? 1 : 0) + (delivered ? 1 : 0) > 1) {
                err.println("paperboy export: choose one of --saved, --liked, --delivered");
                return 2;
            }
            ChannelExport.Selection selection = liked ? ChannelExport.Selection.LIKED
                    : delivered ? ChannelExport.Selection.DELIVERED : ChannelExport.Selection.SAVED;
            try (Wiring app = Wiring.open(global.load(), Clock.systemUTC())) {
                ChannelExport export = app.channelExport();
                Optional<List<Paper>> papers = export.papers(ref.get(), selection);
                if (papers.isEmpty()) {
                    err.println("paperboy export: no channel " + ref.get() + " in this database");
                    return 1;
                }
                String text = export.write(papers.get(), fmt.get());
                if (out == null) {
                    new PrintStream(System.out, true, StandardCharsets.UTF_8).print(text);
                } else {
                    Files.writeString(out, text, StandardCharsets.UTF_8);
                }
                err.println(papers.get().size() + " " + selection.name().toLowerCase() + " papers of " + ref.get()
                        + (out == null ? "" : " written to " + out));
                return 0;
            }
        }
    }
}
