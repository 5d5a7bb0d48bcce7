package dev.paperboy.app;

import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.feedback.EmojiMeanings;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.ops.BotMetrics;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.recommend.CandidatePool;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.store.JdbcChannelStore;
import dev.paperboy.store.JdbcDeliveryStore;
import dev.paperboy.store.JdbcDigestRunStore;
import dev.paperboy.store.JdbcFeedbackStore;
import dev.paperboy.store.JdbcPaperStore;
import dev.paperboy.store.JdbcTagStore;
import dev.paperboy.tag.TagStore;
import java.time.Clock;
import java.util.Optional;

/**
 * The database and what lives in it: the JDBC implementations of the ports, the candidate pool every planner of
 * this process reads (told of every tag write through {@link #tags}), and the feedback service over its store.
 * Closing it closes the database.
 */
record Stores(Database database, JdbcPaperStore jdbcPapers, TagStore tags, CandidatePool candidatePool, ChannelStore channels,
              DeliveryStore deliveries, JdbcDigestRunStore runs, FeedbackService feedback) implements AutoCloseable {

    /** Opens the database ({@code db.*}, migrating it) and builds the stores on it; a failure closes it again. */
    static Stores open(Config config, Clock clock, String password, BotMetrics metrics) throws ConfigException {
        Database database = Database.open(config.string("db.url"), config.string("db.user"), password, config.integer("db.pool-size"),
                Optional.of(metrics.registry()));
        try {
            var ds = database.dataSource();
            JdbcTagStore tagRows = new JdbcTagStore(ds);
            CandidatePool pool = CandidatePool.inMemory(new JdbcCandidateStore(ds), tagRows);
            FeedbackService feedback = new FeedbackService(new JdbcFeedbackStore(ds), new EmojiMeanings(config.list("feedback.positive"),
                    config.list("feedback.negative"), config.list("feedback.save")));
            return new Stores(database, new JdbcPaperStore(ds, clock), pool.watching(tagRows), pool, new JdbcChannelStore(ds),
                    new JdbcDeliveryStore(ds), new JdbcDigestRunStore(ds), feedback);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    PaperStore papers() {
        return jdbcPapers;
    }

    @Override
    public void close() {
        database.close();
    }
}
