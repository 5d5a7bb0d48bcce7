package dev.paperboy.paper.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.paper.HfDailyJsonParser;
import dev.paperboy.paper.PaperBatch;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hugging Face Daily Papers ({@code huggingface.co/api/daily_papers?date=YYYY-MM-DD}): one request per day from
 * {@code since} to {@code until}, on the configured days of the week only. Its papers are arXiv papers, so they
 * join the arXiv rows and add upvotes, the AI summary, AI keywords and the code repository. A day with no
 * papers is normal; a day whose request fails is reported and the next day is tried.
 */
public final class HfDailySource implements PaperSource {

    public static final String NAME = "hf";

    public record Settings(HttpUrl baseUrl, Set<DayOfWeek> days) {
        public Settings {
            days = Set.copyOf(days);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(HfDailySource.class);
    /** Asked for explicitly: without it the API may answer with fewer than a busy day's list. */
    private static final int LIMIT = 100;

    private final PoliteHttp http;
    private final Settings settings;
    private final HfDailyJsonParser parser;

    public HfDailySource(PoliteHttp http, Settings settings, ObjectMapper json) {
        this.http = http;
        this.settings = settings;
        this.parser = new HfDailyJsonParser(json);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FetchReport fetch(LocalDate since, LocalDate until, Sink sink) {
        int requests = 0;
        List<String> failures = new ArrayList<>();
        for (LocalDate day = since; !day.isAfter(until); day = day.plusDays(1)) {
            if (!settings.days().contains(day.getDayOfWeek())) {
                continue;
            }
            HttpUrl url = settings.baseUrl().newBuilder().addPathSegments("api/daily_papers")
                    .addQueryParameter("date", day.toString()).addQueryParameter("limit", Integer.toString(LIMIT)).build();
            requests++;
            try {
                PaperBatch batch = parser.parse(http.get(url), day.atStartOfDay(ZoneOffset.UTC).toInstant(), NAME);
                if (batch.papers().isEmpty() && batch.skipped().isEmpty()) {
                    log.debug("source.empty source={} date={}", NAME, day);
                    continue;
                }
                sink.accept(day.toString(), batch);
            } catch (SourceException e) {
                failures.add(day + ": " + e.getMessage());
                log.warn("source.failed source={} date={} reason=\"{}\"", NAME, day, e.getMessage());
                if (e.unreachable()) {
                    failures.add("Hugging Face is unreachable: the days after " + day + " are left for the next run");
                    break;
                }
            } catch (IllegalArgumentException e) {
                failures.add(day + ": " + e.getMessage());
                log.warn("source.failed source={} date={} reason=\"{}\"", NAME, day, e.getMessage());
            }
        }
        return new FetchReport(requests, failures);
    }
}
