package dev.paperboy.paper.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs from one site the way it asks to be used: one request at a time, at least {@code minInterval} between
 * the starts of two requests (arXiv asks for 3 seconds), and 429s, 5xxs and network failures retried with
 * backoff that doubles each time, or waits exactly as long as the site's {@code Retry-After} says. Time and
 * waiting come from an injected clock and sleeper, so tests run in no time.
 */
public final class PoliteHttp {

    /** Waits; tests pass one that only advances their clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    /**
     * @param minInterval least time between the starts of two requests to this site
     * @param retries     further tries after the first, for 429, 5xx and network failures
     * @param backoff     wait before the first retry when the site gives no {@code Retry-After}; doubles each time
     * @param maxWait     the longest single wait; a site asking for more gets no more requests this run
     */
    public record Settings(String site, Duration minInterval, int retries, Duration backoff, Duration maxWait, String userAgent) {
    }

    private static final Logger log = LoggerFactory.getLogger(PoliteHttp.class);

    private final OkHttpClient client;
    private final Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Object oneAtATime = new Object();
    private Instant lastStart;

    public PoliteHttp(OkHttpClient client, Settings settings, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** An HTTP client with these timeouts: a whole request, body included, may take connect + 2 × read. */
    public static OkHttpClient client(Duration connectTimeout, Duration readTimeout) {
        return new OkHttpClient.Builder().connectTimeout(connectTimeout).readTimeout(readTimeout)
                .callTimeout(connectTimeout.plus(readTimeout.multipliedBy(2))).build();
    }

    /** The body of a 2xx answer, or why there was none after every retry. */
    public String get(HttpUrl url) throws SourceException {
        Request request = new Request.Builder().url(url).header("User-Agent", settings.userAgent()).build();
        synchronized (oneAtATime) {
            for (int attempt = 0; ; attempt++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new SourceException("interrupted before fetching " + url);
                }
                pace();
                String problem;
                boolean noConnection = false;
                Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempt, 20));
                try (Response response = client.newCall(request).execute()) {
                    if (response.isSuccessful()) {
                        return response.body().string();
                    }
                    problem = "HTTP " + response.code();
                    if (response.code() != 429 && response.code() < 500) {
                        throw new SourceException(settings.site() + " answered " + problem + " to " + url);
                    }
                    Optional<Duration> asked = retryAfter(response.header("Retry-After"));
                    if (asked.isPresent()) {
                        wait = asked.get();
                        problem += " (Retry-After " + wait.toSeconds() + "s)";
                    }
                } catch (InterruptedIOException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new SourceException("interrupted while fetching " + url);
                    }
                    problem = "timed out";
                } catch (IOException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        // Stopping: the call was cancelled or cut short on purpose; not a failure worth a retry.
                        throw new SourceException("interrupted while fetching " + url);
                    }
                    problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                    noConnection = e instanceof UnknownHostException || e instanceof ConnectException || e instanceof NoRouteToHostException;
                }
                if (attempt >= settings.retries()) {
                    throw new SourceException(settings.site() + " failed " + (attempt + 1) + " times (" + problem + ") for " + url, noConnection);
                }
                if (wait.compareTo(settings.maxWait()) > 0) {
                    throw new SourceException(settings.site() + " asked to wait " + wait.toSeconds() + "s, more than the "
                            + settings.maxWait().toSeconds() + "s allowed (" + problem + ") for " + url);
                }
                log.info("source.retry site={} problem=\"{}\" wait_s={} attempt={} url={}", settings.site(), problem,
                        wait.toMillis() / 1000.0, attempt + 1, url);
                sleep(wait);
            }
        }
    }

    private void pace() throws SourceException {
        Instant now = clock.instant();
        if (lastStart != null) {
            Duration since = Duration.between(lastStart, now);
            if (since.compareTo(settings.minInterval()) < 0) {
                sleep(settings.minInterval().minus(since));
            }
        }
        lastStart = clock.instant();
    }

    private void sleep(Duration duration) throws SourceException {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while waiting to fetch from " + settings.site());
        }
    }

    /** {@code Retry-After} is either seconds or an HTTP date. */
    Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
