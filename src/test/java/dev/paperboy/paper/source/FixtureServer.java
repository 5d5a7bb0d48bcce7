package dev.paperboy.paper.source;

import dev.paperboy.paper.SourceFixtures;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A local stand-in for arXiv and Hugging Face: answers each request by its path and one query parameter from
 * the fixtures, in order when a route has several answers (the last one repeats), 404 otherwise.
 */
public final class FixtureServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<MockResponse>> routes = new LinkedHashMap<>();
    private final List<HttpUrl> requested = Collections.synchronizedList(new ArrayList<>());

    public FixtureServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requested.add(request.getUrl());
                return answer(request.getUrl());
            }
        });
        server.start();
    }

    /**
     * Answers a path, or a path with one query parameter ({@code /api/query?start=2}), with these responses in
     * turn, replacing what the route answered before.
     */
    public synchronized FixtureServer route(String key, MockResponse... responses) {
        routes.put(key, new ArrayDeque<>(List.of(responses)));
        return this;
    }

    public static MockResponse fixture(String name) {
        return new MockResponse.Builder().body(SourceFixtures.text(name)).build();
    }

    public static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    public HttpUrl url(String path) {
        return server.url(path);
    }

    /** Every URL asked for, in order. */
    public List<HttpUrl> requested() {
        return List.copyOf(requested);
    }

    private synchronized MockResponse answer(HttpUrl url) {
        for (String name : url.queryParameterNames()) {
            Deque<MockResponse> queue = routes.get(url.encodedPath() + "?" + name + "=" + url.queryParameter(name));
            if (queue != null) {
                return next(queue);
            }
        }
        Deque<MockResponse> queue = routes.get(url.encodedPath());
        return queue == null ? status(404) : next(queue);
    }

    private static MockResponse next(Deque<MockResponse> queue) {
        return queue.size() > 1 ? queue.poll() : queue.peek();
    }

    @Override
    public void close() {
        server.close();
    }
}
