package dev.paperboy.app;

import dev.paperboy.search.SearchHit;
import dev.paperboy.search.SearchQueryException;
import dev.paperboy.search.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperboy search "query"}: the same search as {@code /papers search}, on the command line. It first
 * brings the index in step with the database (rebuilding it when it is missing or differs, with progress on
 * stderr); {@code --rebuild} rebuilds it whatever its state.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search every paper Paperboy has read.",
            "Filters: tag:rl author:hinton cat:cs.CL since:2025-01-01 \"exact phrase\"; like:<id> for papers like one."},
        footer = {"", "Examples:", "  paperboy search \"diffusion models for video\" --limit 10",
            "  paperboy search --like 2506.20639", "  paperboy search --rebuild"})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words, phrases in quotes and filters.")
    List<String> query = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many papers (1-50, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--like", paramLabel = "ID", description = "Papers like this one (with the query's words and filters, if any).")
    String like;

    @Option(names = "--rebuild", description = "Rebuild the search index from the database first.")
    boolean rebuild;

    @Option(names = "--words-only", description = "Rank by words alone (BM25), without meaning: the baseline.")
    boolean wordsOnly;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String text = String.join(" ", query).strip() + (like == null ? "" : " like:" + like.strip());
        text = text.strip();
        if (text.isEmpty() && !rebuild) {
            System.err.println("paperboy: search for what? e.g. paperboy search \"diffusion tag:rl since:2025-01-01\" (see --help)");
            return 2;
        }
        try (Wiring app = Wiring.openBesideBot(global.load(), Clock.systemUTC())) {
            Optional<String> stale = app.searchIndexer().staleness();
            if (rebuild || stale.isPresent()) {
                try {
                    rebuild(app, stale.orElse("asked to"));
                } catch (IllegalStateException e) {
                    System.err.println("paperboy: " + e.getMessage());
                    return 2;
                }
            }
            if (text.isEmpty()) {
                return 0;
            }
            try {
                SearchResult result = wordsOnly ? app.search().searchWords(text, limit) : app.search().search(text, limit);
                print(out, result);
                return 0;
            } catch (SearchQueryException e) {
                System.err.println("paperboy: " + e.getMessage().replace("`", ""));
                return 2;
            }
        }
    }

    private static void rebuild(Wiring app, String why) throws IOException {
        long total = app.papers().count();
        System.err.println("Rebuilding the search index (" + why + "): " + total + " papers.");
        long started = System.nanoTime();
        long[] lastShown = {0};
        long done = app.searchIndexer().rebuild(n -> {
            if (n - lastShown[0] >= 5_000) {
                System.err.printf("  %,d of %,d%n", n, total);
                lastShown[0] = n;
            }
        });
        System.err.printf("Indexed %,d papers in %.1f s.%n", done, (System.nanoTime() - started) / 1e9);
    }

    private static void print(PrintStream out, SearchResult result) {
        if (result.hits().isEmpty()) {
            out.println("No paper matches.");
        }
        if (result.ranking() == SearchResult.Ranking.NEWEST) {
            out.println(result.matching() + " papers match; newest first.");
        }
        int n = 1;
        for (SearchHit hit : result.hits()) {
            out.println(n++ + ". " + hit.title());
            List<String> facts = new ArrayList<>();
            if (!hit.authors().isEmpty()) {
                facts.add(hit.authors().size() <= 3 ? String.join(", ", hit.authors())
                        : String.join(", ", hit.authors().subList(0, 3)) + " et al.");
            }
            facts.add(hit.published().atZone(ZoneOffset.UTC).toLocalDate().toString());
            if (!hit.tags().isEmpty()) {
                facts.add(String.join(" ", hit.tags().stream().map(t -> "#" + t).toList()));
            }
            out.println("   " + String.join(" · ", facts));
            out.println("   " + (hit.url().isEmpty() ? "id " + hit.id() : hit.url() + " · id " + hit.id()));
        }
        result.note().ifPresent(note -> System.err.println(note));
    }
}
