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
    public void recordMessage(long channelId, String messageId, String paperId, String kind, Instant at) {
        jdbc.insertUnique("INSERT INTO messages (channel_id, message_id, paper_id, kind, posted_at) VALUES (?, ?, ?, ?, ?)",
                channelId, messageId, paperId, kind, at);
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
