package dev.paperboy.paper.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteHttpTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2025-08-20T06:00:00Z"));
    private final OkHttpClient client = PoliteHttp.client(Duration.ofSeconds(2), Duration.ofMillis(300));

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PoliteHttp http(int retries) {
        return new PoliteHttp(client, new PoliteHttp.Settings("arxiv", Duration.ofSeconds(3), retries, Duration.ofSeconds(5),
                Duration.ofSeconds(300), "Paperboy-test"), time, time);
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().body(body).build();
    }

    @Test
    void givenThreeRequestsInARow_whenSent_thenEachStartsAtLeastThreeSecondsAfterThePrevious() throws Exception {
        server.enqueue(ok("a"));
        server.enqueue(ok("b"));
        server.enqueue(ok("c"));
        PoliteHttp http = http(0);

        http.get(server.url("/1"));
        http.get(server.url("/2"));
        http.get(server.url("/3"));

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo("Paperboy-test");
    }

    @Test
    void givenA429WithRetryAfter_whenFetched_thenItWaitsExactlyThatLongAndGetsTheAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "17").build());
        server.enqueue(ok("the feed"));

        assertThat(http(3).get(server.url("/query"))).isEqualTo("the feed");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(17));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void givenRetryAfterAsAnHttpDate_whenFetched_thenItWaitsUntilThatTime() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "Wed, 20 Aug 2025 06:01:00 GMT").build());
        server.enqueue(ok("ok"));

        http(3).get(server.url("/query"));

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void given5xxWithoutRetryAfter_whenFetched_thenTheBackoffDoublesUntilTheRetriesRunOut() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(502).build());
        }

        assertThatThrownBy(() -> http(2).get(server.url("/query")))
                .isInstanceOf(SourceException.class).hasMessageContaining("failed 3 times").hasMessageContaining("HTTP 502");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void givenAnAnswerThatNeverComes_whenFetched_thenItTimesOutRetriesAndThenFails() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().body("late").headersDelay(2, TimeUnit.SECONDS).build());
        }

        long started = System.nanoTime();
        assertThatThrownBy(() -> http(1).get(server.url("/slow")))
                .isInstanceOf(SourceException.class).hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void givenA404_whenFetched_thenItFailsAtOnceWithoutRetrying() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThatThrownBy(() -> http(3).get(server.url("/atom/cs.XX")))
                .isInstanceOf(SourceException.class).hasMessageContaining("HTTP 404");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void givenARetryAfterLongerThanAllowed_whenFetched_thenItGivesUpInsteadOfHanging() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());

        assertThatThrownBy(() -> http(3).get(server.url("/query")))
                .isInstanceOf(SourceException.class).hasMessageContaining("asked to wait 3600s");
        assertThat(time.sleeps).isEmpty();
    }
}
