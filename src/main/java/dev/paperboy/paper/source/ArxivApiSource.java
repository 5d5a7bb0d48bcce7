package dev.paperboy.paper.source;

import dev.paperboy.paper.ArxivAtomParser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The arXiv API ({@code export.arxiv.org/api/query}): the papers submitted in the configured categories
 * between two days, newest first ({@code sortBy=submittedDate}), paged with {@code start} and
 * {@code max_results}; or named papers by {@code id_list}. It catches up on days the bot was down, which the
 * announce feed cannot.
 */
public final class ArxivApiSource implements PaperSource {

    public static final String NAME = "arxiv";

    /**
     * @param maxResults the most entries one run fetches, however many the API has
     */
    public record Settings(HttpUrl baseUrl, List<String> categories, int pageSize, int maxResults) {
        public Settings {
            categories = List.copyOf(categories);
            if (categories.isEmpty()) {
                throw new IllegalArgumentException("the arXiv API source needs at least one category");
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ArxivApiSource.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final PoliteHttp http;
    private final Settings settings;
    private final ArxivAtomParser parser = new ArxivAtomParser();

    public ArxivApiSource(PoliteHttp http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FetchReport fetch(LocalDate since, LocalDate until, Sink sink) {
        String categories = settings.categories().stream().map(c -> "cat:" + c).collect(Collectors.joining(" OR "));
        String query = "(" + categories + ") AND submittedDate:[" + since.format(DAY) + "0000 TO " + until.format(DAY) + "2359]";
        return pages(url -> url.addQueryParameter("search_query", query)
                .addQueryParameter("sortBy", "submittedDate").addQueryParameter("sortOrder", "descending"), settings.maxResults(), sink);
    }

    /** Named papers (versions are ignored: the API answers with the latest), a page at a time. */
    public FetchReport fetchIds(List<String> ids, Sink sink) {
        int requests = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += settings.pageSize()) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + settings.pageSize()));
            FetchReport one = pages(url -> url.addQueryParameter("id_list", String.join(",", chunk)), chunk.size(), sink);
            requests += one.requests();
            failures.addAll(one.failures());
        }
        return new FetchReport(requests, failures);
    }

    private FetchReport pages(Consumer<HttpUrl.Builder> query, int limit, Sink sink) {
        int requests = 0;
        int total = -1;
        int emptyRetries = 0;
        List<String> failures = new ArrayList<>();
        for (int start = 0; start < limit; ) {
            int size = Math.min(settings.pageSize(), limit - start);
            HttpUrl.Builder url = settings.baseUrl().newBuilder();
            query.accept(url);
            url.addQueryParameter("start", Integer.toString(start)).addQueryParameter("max_results", Integer.toString(size));
            String step = "page " + (start / settings.pageSize() + 1)
                    + (total >= 0 ? " of " + ((Math.min(total, limit) + settings.pageSize() - 1) / settings.pageSize()) : "");
            ArxivAtomParser.Page page;
            try {
                requests++;
                page = parser.parse(http.get(url.build()), NAME);
                if (!page.error().isEmpty()) {
                    throw new SourceException("the arXiv API answered with an error: " + page.error());
                }
            } catch (SourceException | IllegalArgumentException e) {
                failures.add(step + " (start=" + start + "): " + e.getMessage());
                log.warn("source.failed source={} step=\"{}\" start={} reason=\"{}\"", NAME, step, start, e.getMessage());
                if (total < 0 || e instanceof SourceException se && se.unreachable()) {
                    break; // without the total we cannot tell whether a next page exists; unreachable, none would come
                }
                start += size;
                continue;
            }
            total = page.totalResults() >= 0 ? page.totalResults() : total;
            if (page.entries() == 0) {
                if (total > start && emptyRetries++ < 1) {
                    continue; // the API now and then answers a page in the middle with nothing: ask once more
                }
                if (total > start) {
                    failures.add(step + " (start=" + start + "): empty although the API counts " + total + " results");
                }
                break;
            }
            sink.accept(step, page.batch());
            start += size;
            if (total >= 0 && start >= total || total < 0 && page.entries() < size) {
                break;
            }
        }
        if (total > limit) {
            log.warn("source.capped source={} total={} fetched_at_most={} (raise sources.arxiv.max-results to fetch more)", NAME, total, limit);
        }
        return new FetchReport(requests, failures);
    }
}
