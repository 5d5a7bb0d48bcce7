package dev.paperboy.paper.source;

import java.time.Instant;
import java.util.Optional;

/** When each source last ran without a failed request, so the next scheduled run fetches from there. */
public interface SourceRunStore {

    Optional<Instant> lastSuccess(String source);

    void recordSuccess(String source, Instant at);
}
