package dev.paperboy.feedback;

import dev.paperboy.paper.library.LibraryEntry;
import dev.paperboy.paper.library.LibraryMatcher;
import dev.paperboy.paper.library.LibraryMatcher.Outcome;
import java.time.Clock;
import java.util.List;

/**
 * Seeds a channel's taste from a reading list, from the command line ({@code paperboy seed}) or chat
 * ({@code /papers seed} with ids or an attachment): every entry is matched to a paper (fetched or imported when
 * Paperboy has not read it), then all found papers become seeds in one transaction. Seeds are strong positives
 * for the channel's taste and are never posted back to it.
 */
public final class LibrarySeeder {

    /** What one import did, and would do on a dry run. */
    public record Report(LibraryMatcher.Result result, int added, boolean dryRun) {

        /** The papers seeded: those found, and arXiv ids that could not be fetched now (they count once ingested). */
        public List<String> paperIds() {
            List<String> ids = new java.util.ArrayList<>(result.paperIds());
            result.notFound().stream().filter(LibraryMatcher.Match::arxivDown).map(m -> m.entry().arxivId())
                    .filter(id -> !ids.contains(id)).forEach(ids::add);
            return ids;
        }

        /** arXiv ids seeded although arXiv could not be asked about them. */
        public List<String> pending() {
            return result.notFound().stream().filter(LibraryMatcher.Match::arxivDown).map(m -> m.entry().arxivId()).distinct().toList();
        }

        /** One paragraph: counts, then up to {@code maxNotFound} entries not found, each with why. */
        public String describe(int maxNotFound) {
            int n = result.matches().size();
            StringBuilder out = new StringBuilder(dryRun ? "Dry run, nothing changed. " : "");
            out.append(n).append(n == 1 ? " entry: " : " entries: ").append(result.count(Outcome.MATCHED)).append(" matched, ")
                    .append(result.count(Outcome.FETCHED)).append(dryRun ? " to fetch" : " fetched").append(" from arXiv, ")
                    .append(result.count(Outcome.IMPORTED)).append(dryRun ? " to import" : " imported").append(" from their own abstracts, ")
                    .append(result.count(Outcome.NOT_FOUND)).append(" not found. ");
            int papers = paperIds().size();
            if (dryRun) {
                out.append("Would seed ").append(papers).append(papers == 1 ? " paper." : " papers.");
            } else {
                out.append("Seeded ").append(papers).append(papers == 1 ? " paper" : " papers").append(" (")
                        .append(added).append(" new to this channel).");
            }
            List<LibraryMatcher.Match> missing = result.notFound();
            if (!pending().isEmpty() && !dryRun) {
                out.append(" arXiv could not be reached for ").append(String.join(", ", pending()))
                        .append(": seeded by id, ").append(pending().size() == 1 ? "it counts" : "they count").append(" once ingested.");
            }
            missing.stream().filter(m -> !m.arxivDown()).limit(maxNotFound).forEach(m -> out.append("\nNot found: ").append(m.entry().label()).append(": ").append(m.reason()));
            long reported = missing.stream().filter(m -> !m.arxivDown()).count();
            if (reported > maxNotFound) {
                out.append("\n… and ").append(reported - maxNotFound).append(" more not found.");
            }
            return out.toString();
        }
    }

    private final LibraryMatcher matcher;
    private final FeedbackService feedback;
    private final Clock clock;

    public LibrarySeeder(LibraryMatcher matcher, FeedbackService feedback, Clock clock) {
        this.matcher = matcher;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** {@code source} says where the seeds came from ("file:group.bib", "command"), kept with each seed. */
    public Report seed(long channelId, List<LibraryEntry> entries, String source, boolean dryRun) {
        LibraryMatcher.Result result = matcher.match(entries, dryRun);
        List<String> ids = new Report(result, 0, dryRun).paperIds();
        int added = dryRun ? 0 : feedback.seedAll(channelId, ids, source, clock.instant());
        return new Report(result, added, dryRun);
    }
}
