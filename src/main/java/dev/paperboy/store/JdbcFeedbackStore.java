package dev.paperboy.store;

import dev.paperboy.feedback.FeedbackStore;
import dev.paperboy.feedback.Signal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Feedback signals in {@code reactions}, seeds in {@code seeds}. */
public final class JdbcFeedbackStore implements FeedbackStore {

    private final Jdbc jdbc;

    public JdbcFeedbackStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void record(Signal s) {
        jdbc.update("INSERT INTO reactions (channel_id, paper_id, user_id, message_id, emoji, removed, reacted_at, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.channelId(), s.paperId(), s.userId(), s.messageId(), s.emoji(), s.removed(),
                s.at(), s.origin());
    }

    @Override
    public boolean record(Signal s, java.util.Optional<String> eventId) {
        if (eventId.isEmpty()) {
            record(s);
            return true;
        }
        return jdbc.insertUnique("INSERT INTO reactions (channel_id, paper_id, user_id, message_id, emoji, removed, reacted_at, origin, event_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.channelId(), s.paperId(), s.userId(), s.messageId(), s.emoji(), s.removed(),
                s.at(), s.origin(), eventId.get());
    }

    @Override
    public List<Signal> signals(long channelId) {
        return jdbc.query("SELECT channel_id, paper_id, user_id, message_id, emoji, removed, reacted_at, origin FROM reactions "
                        + "WHERE channel_id = ? ORDER BY reacted_at, id",
                rs -> new Signal(rs.getLong("channel_id"), rs.getString("paper_id"), rs.getString("user_id"),
                        rs.getString("message_id"), rs.getString("emoji"), rs.getBoolean("removed"), Jdbc.instant(rs, "reacted_at"),
                        rs.getString("origin")), channelId);
    }

    @Override
    public boolean addSeed(long channelId, String paperId, String source, Instant at) {
        return jdbc.insertUnique("INSERT INTO seeds (channel_id, paper_id, source, added_at) VALUES (?, ?, ?, ?)",
                channelId, paperId, source, at);
    }

    @Override
    public int addSeeds(long channelId, java.util.Collection<String> paperIds, String source, Instant at) {
        // INSERT … WHERE NOT EXISTS rather than catching the key violation: on PostgreSQL a failed statement
        // spoils the whole transaction.
        return jdbc.transaction(c -> {
            int added = 0;
            try (var ps = c.prepareStatement("INSERT INTO seeds (channel_id, paper_id, source, added_at) SELECT ?, ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM seeds WHERE channel_id = ? AND paper_id = ?)")) {
                for (String id : new java.util.LinkedHashSet<>(paperIds)) {
                    Jdbc.bind(ps, channelId, id, source.length() > 200 ? source.substring(0, 200) : source, at, channelId, id);
                    added += ps.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public Set<String> seeds(long channelId) {
        return Set.copyOf(jdbc.query("SELECT paper_id FROM seeds WHERE channel_id = ?", rs -> rs.getString(1), channelId));
    }

    @Override
    public boolean removeSeed(long channelId, String paperId) {
        return jdbc.update("DELETE FROM seeds WHERE channel_id = ? AND paper_id = ?", channelId, paperId) > 0;
    }

    @Override
    public void forget(long channelId) {
        jdbc.transaction(c -> {
            for (String table : new String[] {"reactions", "seeds"}) {
                try (var delete = c.prepareStatement("DELETE FROM " + table + " WHERE channel_id = ?")) {
                    delete.setLong(1, channelId);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }
}
