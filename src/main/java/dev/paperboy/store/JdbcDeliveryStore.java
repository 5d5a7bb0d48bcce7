package dev.paperboy.store;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.DeliveryStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Deliveries and messages. */
public final class JdbcDeliveryStore implements DeliveryStore {

    private final Jdbc jdbc;

    public JdbcDeliveryStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean claim(long channelId, String paperId, Instant at) {
        return jdbc.insertUnique("INSERT INTO deliveries (channel_id, paper_id, delivered_at) VALUES (?, ?, ?)", channelId, paperId, at);
    }

    @Override
    public void release(long channelId, String paperId) {
        jdbc.update("DELETE FROM deliveries WHERE channel_id = ? AND paper_id = ?", channelId, paperId);
    }

    @Override
    public void refuse(long channelId, String paperId, String reason) {
        String why = reason == null ? "" : reason.length() <= 300 ? reason : reason.substring(0, 300);
        jdbc.update("UPDATE deliveries SET refused = ? WHERE channel_id = ? AND paper_id = ?", why, channelId, paperId);
    }

    @Override
    public void recordScore(long channelId, String paperId, double score, double likelihood) {
        jdbc.update("UPDATE deliveries SET rank_score = ?, likelihood = ? WHERE channel_id = ? AND paper_id = ?",
                Double.isNaN(score) ? null : score, Double.isNaN(likelihood) ? null : likelihood, channelId, paperId);
    }

    @Override
    public void recordMessage(long channelId, String messageId, String paperId, String kind, Instant at) {
        jdbc.insertUnique("INSERT INTO messages (channel_id, message_id, paper_id, kind, posted_at) VALUES (?, ?, ?, ?, ?)",
                channelId, messageId, paperId, kind, at);
        if (paperId != null) {
            adoptPending(channelId, messageId, paperId);
        }
    }

    /** Reactions that came while the paper's post was in flight become its feedback. */
    @Override
    public void adoptPending(long channelId, String messageId, String paperId) {
        String pending = " FROM pending_reactions p JOIN channels c ON c.platform = p.platform AND c.workspace = p.workspace "
                + "AND c.channel_key = p.channel_key WHERE c.id = ? AND p.message_id = ?";
        int adopted = jdbc.update("INSERT INTO reactions (channel_id, paper_id, user_id, message_id, emoji, removed, reacted_at, origin, event_id) "
                + "SELECT c.id, ?, p.user_id, p.message_id, p.emoji, p.removed, p.reacted_at, 'reaction', p.event_id" + pending,
                paperId, channelId, messageId);
        if (adopted > 0) {
            jdbc.update("DELETE FROM pending_reactions WHERE message_id = ? AND EXISTS (SELECT 1 FROM channels c WHERE c.id = ? "
                    + "AND c.platform = pending_reactions.platform AND c.workspace = pending_reactions.workspace "
                    + "AND c.channel_key = pending_reactions.channel_key)", messageId, channelId);
        }
    }

    @Override
    public boolean keepPending(ChannelRef channel, String messageId, String userId, String emoji, boolean removed, Instant at,
                               Optional<String> eventId, Instant now) {
        // Nobody claims a reaction on another bot message: a day is far longer than any post takes.
        jdbc.update("DELETE FROM pending_reactions WHERE received_at < ?", now.minus(java.time.Duration.ofDays(1)));
        return jdbc.insertUnique("INSERT INTO pending_reactions (platform, workspace, channel_key, message_id, user_id, emoji, removed, "
                + "reacted_at, event_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                channel.platform(), channel.workspace(), channel.channel(), messageId, userId, emoji, removed, at, eventId.orElse(null), now);
    }

    @Override
    public Optional<String> paperOfMessage(long channelId, String messageId) {
        return jdbc.one("SELECT paper_id FROM messages WHERE channel_id = ? AND message_id = ? AND paper_id IS NOT NULL",
                rs -> rs.getString(1), channelId, messageId);
    }

    @Override
    public Optional<PaperMessage> paperMessage(ChannelRef channel, String messageId) {
        return jdbc.one("SELECT m.channel_id, m.paper_id FROM messages m JOIN channels c ON c.id = m.channel_id "
                        + "WHERE c.platform = ? AND c.workspace = ? AND c.channel_key = ? AND m.message_id = ? AND m.paper_id IS NOT NULL",
                rs -> new PaperMessage(rs.getLong(1), rs.getString(2)), channel.platform(), channel.workspace(), channel.channel(), messageId);
    }

    @Override
    public java.util.List<String> messageIds(String platform) {
        return jdbc.query("SELECT m.message_id FROM messages m JOIN channels c ON c.id = m.channel_id WHERE c.platform = ?",
                rs -> rs.getString(1), platform);
    }

    @Override
    public List<String> delivered(long channelId) {
        return jdbc.query("SELECT paper_id FROM deliveries WHERE channel_id = ? ORDER BY delivered_at DESC, paper_id",
                rs -> rs.getString(1), channelId);
    }
}
