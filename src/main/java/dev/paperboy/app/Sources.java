package dev.paperboy.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.source.ArxivApiSource;
import dev.paperboy.paper.source.ArxivFeedSource;
import dev.paperboy.paper.source.HfDailySource;
import dev.paperboy.paper.source.PoliteHttp;
import dev.paperboy.paper.source.SourceIngest;
import dev.paperboy.paper.source.SourceRunStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds the paper sources from the {@code sources.*} settings. */
final class Sources {

    /** The sources, and the arXiv API on its own for fetching papers by id. */
    record Built(SourceIngest ingest, ArxivApiSource arxivApi, OkHttpClient client) {

        /** Cuts the runs in progress short: each stops waiting (its request in flight is cancelled) and fetches no more. */
        void stopRuns() {
            ingest.stopRuns();
            client.dispatcher().cancelAll();
        }

        void close() {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private static final Set<String> ANNOUNCE_TYPES = Set.of("new", "cross", "replace", "replace-cross");

    private Sources() {
    }

    /** Reads and checks every setting first, so a bad one is reported before anything opens. */
    static Built build(Config config, Clock clock, ObjectMapper json, IngestService ingest, SourceRunStore runs,
            PoliteHttp.Sleeper sleeper) throws ConfigException {
        String agent = config.string("sources.http.user-agent");
        int retries = config.integer("sources.http.retries");
        if (retries < 0) {
            throw new ConfigException("sources.http.retries must be 0 or more, got " + retries);
        }
        Duration backoff = seconds(config, "sources.http.backoff-seconds");
        Duration maxWait = seconds(config, "sources.http.max-wait-seconds");
        OkHttpClient client = PoliteHttp.client(seconds(config, "sources.http.connect-timeout-seconds"),
                seconds(config, "sources.http.read-timeout-seconds"));
        // One PoliteHttp for both arXiv sources: arXiv's pace and one-connection rule hold across them.
        PoliteHttp arxivHttp = new PoliteHttp(client, new PoliteHttp.Settings("arxiv",
                seconds(config, "sources.http.arxiv-delay-seconds"), retries, backoff, maxWait, agent), clock, sleeper);
        PoliteHttp hfHttp = new PoliteHttp(client, new PoliteHttp.Settings("huggingface",
                seconds(config, "sources.http.hf-delay-seconds"), retries, backoff, maxWait, agent), clock, sleeper);

        int pageSize = config.integer("sources.arxiv.page-size");
        if (pageSize < 1 || pageSize > 2000) {
            throw new ConfigException("sources.arxiv.page-size must be 1..2000, got " + pageSize);
        }
        ArxivApiSource api = new ArxivApiSource(arxivHttp, new ArxivApiSource.Settings(url(config, "sources.arxiv.base-url"),
                categories(config, "sources.arxiv.categories"), pageSize, config.integer("sources.arxiv.max-results")));
        List<String> types = config.list("sources.arxiv-feed.announce-types").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        for (String type : types) {
            if (!ANNOUNCE_TYPES.contains(type)) {
                throw new ConfigException("sources.arxiv-feed.announce-types: '" + type + "' is not one of new, cross, replace, replace-cross");
            }
        }
        ArxivFeedSource feed = new ArxivFeedSource(arxivHttp, new ArxivFeedSource.Settings(url(config, "sources.arxiv-feed.base-url"),
                categories(config, "sources.arxiv-feed.categories"), new HashSet<>(types)));
        Set<DayOfWeek> hfDays = days(config, "sources.hf.days");
        HfDailySource hf = new HfDailySource(hfHttp, new HfDailySource.Settings(url(config, "sources.hf.base-url"), hfDays), json);

        List<SourceIngest.Configured> all = List.of(
                new SourceIngest.Configured(api, config.bool("sources.arxiv.enabled"), days(config, "sources.arxiv.days"),
                        daysBack(config, "sources.arxiv.max-days-back")),
                new SourceIngest.Configured(feed, config.bool("sources.arxiv-feed.enabled"), days(config, "sources.arxiv-feed.days"), 0),
                new SourceIngest.Configured(hf, config.bool("sources.hf.enabled"), hfDays, daysBack(config, "sources.hf.max-days-back")));
        return new Built(new SourceIngest(all, ingest, runs, clock), api, client);
    }

    private static Duration seconds(Config config, String key) throws ConfigException {
        double value = config.decimal(key);
        if (value < 0) {
            throw new ConfigException(key + " must be 0 or more, got " + value);
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private static HttpUrl url(Config config, String key) throws ConfigException {
        HttpUrl url = HttpUrl.parse(config.string(key).strip());
        if (url == null) {
            throw new ConfigException(key + " must be an http or https URL, got '" + config.string(key) + "'");
        }
        return url;
    }

    private static List<String> categories(Config config, String key) throws ConfigException {
        List<String> categories = config.list(key);
        for (String c : categories) {
            if (!c.matches("[a-z-]+(\\.[A-Za-z-]+)?")) {
                throw new ConfigException(key + ": '" + c + "' is not an arXiv category such as cs.LG or hep-th");
            }
        }
        if (categories.isEmpty()) {
            throw new ConfigException(key + " needs at least one arXiv category, such as cs.LG");
        }
        return categories;
    }

    private static int daysBack(Config config, String key) throws ConfigException {
        int days = config.integer(key);
        if (days < 0 || days > 365) {
            throw new ConfigException(key + " must be 0..365, got " + days);
        }
        return days;
    }

    static Set<DayOfWeek> days(Config config, String key) throws ConfigException {
        String text = config.string(key).strip().toLowerCase(Locale.ROOT);
        return dev.paperboy.channel.CommandParser.parseDays(text)
                .orElseThrow(() -> new ConfigException(key + " must be daily, weekdays or mon,tue,…; got '" + text + "'"));
    }
}
