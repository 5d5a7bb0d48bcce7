package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.LibrarySeeder;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.paper.library.Libraries;
import dev.paperboy.paper.library.LibraryEntry;
import dev.paperboy.paper.library.LibraryException;
import dev.paperboy.paper.library.LibraryMatcher;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /papers seed} and {@code /papers saved}: many ids at once or a whole reading list in (an arXiv id not
 * read yet is fetched at once), the channel's bookmarks out, as a page or a {@code .bib} file.
 */
final class LibraryHandler {

    static final int PAGE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final PaperRefs refs;
    private final LibrarySeeder seeder;
    private final ChannelExport export;
    private final FeedbackService feedback;
    private final PaperStore papers;
    private final int seedsPerCommand;

    LibraryHandler(PaperRefs refs, LibrarySeeder seeder, ChannelExport export, FeedbackService feedback, PaperStore papers,
                   int seedsPerCommand) {
        this.refs = refs;
        this.seeder = seeder;
        this.export = export;
        this.feedback = feedback;
        this.papers = papers;
        this.seedsPerCommand = seedsPerCommand;
    }

    /**
     * Typed references are resolved as every verb resolves them ({@link PaperRefs}); an arXiv id not read yet goes
     * to the matcher to be fetched, and an attached reading list adds its entries. All are seeded at once.
     */
    Reply seed(Channel channel, PapersCommand.Seed command) {
        List<String> typed = command.papers();
        if (typed.size() > seedsPerCommand) {
            return Reply.error("That is " + typed.size() + " papers; one `/papers seed` takes at most " + seedsPerCommand
                    + ". Seed the few that show this channel's taste best, or attach a reading list (Discord) or use `paperboy seed --file`.");
        }
        List<String> problems = new ArrayList<>();
        List<LibraryEntry> entries = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Optional<Paper> known = refs.find(typed.get(i));
            Optional<String> arxiv = PaperRefs.arxivId(typed.get(i));
            if (known.isPresent()) {
                entries.add(new LibraryEntry(i + 1, known.get().id(), "", "", "", "", List.of(), "", ""));
            } else if (arxiv.isPresent()) {
                entries.add(new LibraryEntry(i + 1, "", arxiv.get(), "", "", "", List.of(), "", ""));
            } else {
                problems.add(PaperRefs.unknown(typed.get(i)));
            }
        }
        String source = "command";
        if (command.file().isPresent()) {
            Attachment file = command.file().get();
            try {
                entries.addAll(Libraries.read(file.fileName(), file.content()).entries());
            } catch (LibraryException e) {
                return Reply.error(e.getMessage());
            }
            source = "file:" + file.fileName();
        }
        if (entries.isEmpty()) {
            return Reply.error(String.join(" ", problems));
        }
        LibrarySeeder.Report report = seeder.seed(channel.id(), entries, source, false);
        RichText.Builder text = command.file().isEmpty() ? shortReport(report) : RichText.builder().quoted(report.describe(10));
        problems.forEach(p -> text.own(" " + p));
        if (report.paperIds().isEmpty()) {
            return Reply.error(text.build().plain());
        }
        return Reply.ok(text.own(" `/papers unseed <id>` takes one back.").build());
    }

    /** Typed ids: the titles seeded (quoted: they come from papers), then what could not be. */
    private RichText.Builder shortReport(LibrarySeeder.Report report) {
        List<String> found = report.result().paperIds();
        Map<String, Paper> byId = papers.findAll(found).stream().collect(Collectors.toMap(Paper::id, Function.identity()));
        RichText.Builder text = RichText.builder();
        if (!found.isEmpty()) {
            text.own("Seeded this channel's taste with " + found.size() + (found.size() == 1 ? " paper: " : " papers: "))
                    .quoted(found.stream().map(id -> byId.containsKey(id) ? byId.get(id).displayTitle() : id).collect(Collectors.joining("; ")))
                    .own(".");
            long fetched = report.result().count(LibraryMatcher.Outcome.FETCHED);
            if (fetched > 0) {
                text.own(" (" + fetched + " fetched from arXiv just now.)");
            }
        }
        List<String> pending = report.pending();
        if (!pending.isEmpty()) {
            text.own((text.isEmpty() ? "" : " ") + "I haven't read " + String.join(", ", pending) + " yet and could not reach arXiv; "
                    + (pending.size() == 1 ? "it counts" : "they count") + " once ingested.");
        }
        for (LibraryMatcher.Match m : report.result().notFound()) {
            if (!m.arxivDown()) {
                text.own((text.isEmpty() ? "" : " ") + "I haven't read " + m.entry().arxivId() + ": " + m.reason() + ".");
            }
        }
        return text;
    }

    Reply saved(Channel channel, PapersCommand.Saved command) {
        List<FeedbackService.Saved> saved = feedback.saved(channel.id());
        if (saved.isEmpty()) {
            return Reply.ok("Nothing saved here yet. React with 🔖 on a paper to keep it in this channel's saved list.");
        }
        if (command.bibtex()) {
            List<Paper> list = export.papers(channel.id(), ChannelExport.Selection.SAVED);
            String bib = export.write(list, ChannelExport.Format.BIBTEX);
            return Reply.file(list.size() + (list.size() == 1 ? " saved paper" : " saved papers") + " as BibTeX.",
                    new Attachment("paperboy-saved.bib", bib.getBytes(StandardCharsets.UTF_8)));
        }
        int pages = (saved.size() + PAGE - 1) / PAGE;
        if (command.page() > pages) {
            return Reply.error("There " + (pages == 1 ? "is 1 page" : "are " + pages + " pages") + " of saved papers; try `/papers saved "
                    + pages + "`.");
        }
        List<FeedbackService.Saved> page = saved.subList((command.page() - 1) * PAGE, Math.min(saved.size(), command.page() * PAGE));
        Map<String, Paper> byId = papers.findAll(page.stream().map(FeedbackService.Saved::paperId).toList()).stream()
                .collect(Collectors.toMap(Paper::id, Function.identity()));
        StringBuilder text = new StringBuilder("Saved here, newest first (" + saved.size() + (pages > 1 ? ", page " + command.page() + " of " + pages : "")
                + "):");
        int n = (command.page() - 1) * PAGE;
        for (FeedbackService.Saved s : page) {
            Paper p = byId.get(s.paperId());
            text.append('\n').append(++n).append(". ").append(p == null ? s.paperId() : p.displayTitle()).append(" · `").append(s.paperId())
                    .append("` · saved ").append(DAY.format(s.at()));
        }
        if (command.page() < pages) {
            text.append("\nMore: `/papers saved ").append(command.page() + 1).append("`.");
        }
        return Reply.ok(text.append("\nAs a file: `/papers saved bibtex`.").toString());
    }
}
