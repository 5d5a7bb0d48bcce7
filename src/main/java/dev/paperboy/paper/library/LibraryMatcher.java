package dev.paperboy.paper.library;

import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.paper.PaperIds;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.paper.source.ArxivApiSource;
import dev.paperboy.paper.source.FetchReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the paper each reading-list entry names. Known papers are matched by id (a Paperboy id, an arXiv id in
 * any version, an arXiv DOI), by the content id of the entry's own title or abstract (so a reading list's
 * {@code pb-…} paper is found again), or by normalized title (so an arXiv entry finds the seed-file paper it
 * is, and one paper stays one row). Unknown entries with an arXiv id are fetched from arXiv by id; others with an
 * abstract are imported from their own text under a content id; the rest are reported not found. Nothing is
 * written on a dry run.
 */
public final class LibraryMatcher {

    /** How an entry found its paper. */
    public enum Outcome { MATCHED, FETCHED, IMPORTED, NOT_FOUND }

    /** One entry's paper ({@code paperId} empty when not found, {@code reason} then says why). */
    public record Match(LibraryEntry entry, Outcome outcome, String paperId, String reason) {

        /** Not found only because arXiv could not be asked: the id is still worth keeping. */
        public boolean arxivDown() {
            return outcome == Outcome.NOT_FOUND && reason.startsWith(ARXIV_DOWN);
        }
    }

    static final String ARXIV_DOWN = "arXiv could not be reached";

    /** Every entry's match, in file order. */
    public record Result(List<Match> matches) {
        public Result {
            matches = List.copyOf(matches);
        }

        public int count(Outcome outcome) {
            return (int) matches.stream().filter(m -> m.outcome() == outcome).count();
        }

        /** The papers found, each once, in file order. */
        public List<String> paperIds() {
            return matches.stream().map(Match::paperId).filter(id -> !id.isEmpty()).distinct().toList();
        }

        public List<Match> notFound() {
            return matches.stream().filter(m -> m.outcome() == Outcome.NOT_FOUND).toList();
        }
    }

    /** Fetches arXiv papers by id; the papers it got and, per failed request, why. */
    @FunctionalInterface
    public interface ArxivFetcher {
        Fetched fetch(List<String> arxivIds);
    }

    public record Fetched(List<Paper> papers, List<String> failures) {
    }

    /** The arXiv API's {@code id_list}, through the source's polite client (one request at a time, 3 s apart). */
    public static ArxivFetcher arxiv(ArxivApiSource api) {
        return ids -> {
            List<Paper> got = new ArrayList<>();
            FetchReport report = api.fetchIds(ids, (step, batch) -> got.addAll(batch.papers()));
            return new Fetched(got, report.failures());
        };
    }

    private static final int MIN_TITLE_CHARS = 12;

    private final PaperStore papers;
    private final IngestService ingest;
    private final ArxivFetcher arxiv;
    private final Clock clock;

    public LibraryMatcher(PaperStore papers, IngestService ingest, ArxivFetcher arxiv, Clock clock) {
        this.papers = papers;
        this.ingest = ingest;
        this.arxiv = arxiv;
        this.clock = clock;
    }

    public Result match(List<LibraryEntry> entries, boolean dryRun) {
        Match[] out = new Match[entries.size()];
        Map<String, String> titles = null;
        Map<String, List<Integer>> toFetch = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            LibraryEntry e = entries.get(i);
            Optional<String> known = known(e);
            if (known.isEmpty() && e.title().length() >= MIN_TITLE_CHARS) {
                titles = titles == null ? titleIndex() : titles;
                known = Optional.ofNullable(titles.get(PaperIds.normalize(e.title())));
            }
            if (known.isPresent()) {
                out[i] = new Match(e, Outcome.MATCHED, known.get(), "");
            } else if (!e.arxivId().isEmpty()) {
                toFetch.computeIfAbsent(e.arxivId(), id -> new ArrayList<>()).add(i);
            }
        }
        Map<String, String> fetchProblems = new HashMap<>();
        if (!toFetch.isEmpty() && !dryRun) {
            Fetched fetched = arxiv.fetch(List.copyOf(toFetch.keySet()));
            if (!fetched.papers().isEmpty()) {
                ingest.ingest(new PaperBatch(PaperFormat.ARXIV_ATOM, fetched.papers(), Map.of(), Optional.empty(), List.of()));
            }
            for (Paper p : fetched.papers()) {
                List<Integer> waiting = toFetch.remove(p.id());
                if (waiting != null) {
                    waiting.forEach(i -> out[i] = new Match(entries.get(i), Outcome.FETCHED, p.id(), ""));
                }
            }
            String why = fetched.failures().isEmpty() ? "arXiv has no paper with this id" : ARXIV_DOWN + " ("
                    + fetched.failures().get(0) + ")";
            toFetch.keySet().forEach(id -> fetchProblems.put(id, why));
        } else if (dryRun) {
            toFetch.values().forEach(list -> list.forEach(i -> out[i] = new Match(entries.get(i), Outcome.FETCHED, entries.get(i).arxivId(), "")));
        }
        List<Paper> imports = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                continue;
            }
            LibraryEntry e = entries.get(i);
            if (!e.abstractText().isEmpty()) {
                Paper p = imported(e);
                imports.add(p);
                out[i] = new Match(e, Outcome.IMPORTED, p.id(), "");
            } else {
                out[i] = new Match(e, Outcome.NOT_FOUND, "", fetchProblems.getOrDefault(e.arxivId(), notFound(e)));
            }
        }
        if (!imports.isEmpty() && !dryRun) {
            ingest.ingest(new PaperBatch(PaperFormat.JSON_LINES, imports, Map.of(), Optional.empty(), List.of()));
        }
        return new Result(List.of(out));
    }

    private Optional<String> known(LibraryEntry e) {
        for (String id : List.of(e.paperId(), e.arxivId())) {
            if (!id.isEmpty() && papers.find(id).isPresent()) {
                return Optional.of(id);
            }
        }
        if (!e.title().isEmpty() || !e.abstractText().isEmpty()) {
            String content = PaperIds.contentDerived(e.title(), e.abstractText());
            if (papers.find(content).isPresent()) {
                return Optional.of(content);
            }
        }
        if (!e.abstractText().isEmpty() && !e.title().isEmpty()) {
            // A reading list gave only the abstract, so its id is the abstract's.
            String byAbstract = PaperIds.contentDerived(null, e.abstractText());
            if (papers.find(byAbstract).isPresent()) {
                return Optional.of(byAbstract);
            }
        }
        return Optional.empty();
    }

    private Map<String, String> titleIndex() {
        Map<String, String> index = new HashMap<>();
        // arXiv rows win over content-id rows of the same title, so an import names the paper as arXiv does.
        papers.titles().forEach((id, title) -> index.merge(PaperIds.normalize(title), id,
                (a, b) -> PaperIds.isContentDerived(a) ? b : a));
        return index;
    }

    private Paper imported(LibraryEntry e) {
        Instant published = clock.instant();
        if (e.year().matches("\\d{4}")) {
            published = LocalDate.of(Integer.parseInt(e.year()), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return new Paper(PaperIds.contentDerived(e.title(), e.abstractText()), e.title(), e.abstractText(), e.authors(), List.of(),
                published, 0, 0, "library");
    }

    private static String notFound(LibraryEntry e) {
        if (!e.doi().isEmpty()) {
            return "DOI " + e.doi() + " is not a paper Paperboy has read, and the entry has no abstract to import";
        }
        if (!e.paperId().isEmpty()) {
            return e.paperId() + " is not a paper Paperboy has read";
        }
        return e.title().isEmpty() ? "the entry has no id, title or abstract" : "not read yet, and the entry has no arXiv id or abstract";
    }
}
