package dev.paperboy.bench;

import dev.paperboy.embed.Embedder;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.recommend.DigestPlanner;

/**
 * What the benchmarks need of the wired bot: its services, and the same parts built again with a stopwatch around
 * each store and model, so a figure can say where its time goes. Implemented in {@code app} over the real wiring.
 */
public interface BenchBackend {

    BenchServices services();

    PaperFiles paperFiles();

    JsonPapers jsonPapers();

    /** {@code digest.size}. */
    int digestSize();

    /** {@code digest.freshness-days}. */
    int freshnessDays();

    /**
     * The planner the bot builds for {@code mode} ({@code ranking.mode}, then {@code @per-query} for candidates read
     * by SQL on every plan), with its stores and ranker timed. Each has a pool of its own, so its first plan loads
     * it as the bot's first digest of a day does.
     */
    DigestPlanner timedPlanner(String mode, Stopwatches watch) throws Exception;

    /** A fresh instance of the embedding model the bot runs, with its configured threads. */
    Embedder newModel() throws java.io.IOException;

    /** The bot's ingest (tagging, embedding, search index), with {@code model} and the stores timed. */
    IngestService timedIngest(Embedder model, Stopwatches watch) throws Exception;

    /** The reaction benchmark's baseline: single-row inserts into the reactions table. */
    ReactionBench.InsertLoop insertLoop(long channelId, String paperId);

    /** H2's {@code WRITE_DELAY} of the database, in milliseconds. */
    int h2WriteDelay();
}
