package dev.paperboy.paper.source;

import java.util.List;

/** How a fetch went: requests made, and each one that failed after its retries (with what it asked for and why). */
public record FetchReport(int requests, List<String> failures) {

    public FetchReport {
        failures = List.copyOf(failures);
    }

    /** Every request succeeded, so the next run may start from this one. */
    public boolean complete() {
        return failures.isEmpty();
    }
}
