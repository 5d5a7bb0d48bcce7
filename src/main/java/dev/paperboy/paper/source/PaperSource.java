package dev.paperboy.paper.source;

import dev.paperboy.paper.PaperBatch;
import java.time.LocalDate;

/** Somewhere papers come from on a schedule. Each page or day it fetches is handed on at once, so a late failure loses nothing. */
public interface PaperSource {

    /** Receives what a source fetched, one request's worth at a time. */
    @FunctionalInterface
    interface Sink {
        /** @param step where this batch came from, for a progress line: {@code page 2 of 9}, {@code 2025-08-20} */
        void accept(String step, PaperBatch batch);
    }

    /** The name used in config, on the command line and in logs: {@code arxiv}, {@code arxiv-feed}, {@code hf}. */
    String name();

    /**
     * Fetches the papers of {@code since} to {@code until} (UTC days, both included), handing each response to
     * {@code sink}. A request that fails after its retries is reported and the next one is tried; only what
     * cannot go on (a bug, the store failing) is thrown.
     */
    FetchReport fetch(LocalDate since, LocalDate until, Sink sink);
}
