package dev.paperboy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The floor a stored reaction is measured against ({@code paperboy bench reactions}): single-row INSERTs into
 * {@code reactions} on one connection, the statement prepared once, each row committed on its own. Nothing in the
 * bot uses it; it lives here because only this package speaks SQL.
 */
public final class InsertLoop {

    private final DataSource dataSource;

    public InsertLoop(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts {@code n} reactions of one channel; returns each insert's latency in nanoseconds. */
    public long[] reactions(long channelId, String paperId, int n) {
        long[] nanos = new long[n];
        String sql = "INSERT INTO reactions (channel_id, paper_id, user_id, message_id, emoji, removed, reacted_at, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                insert.setLong(1, channelId);
                insert.setString(2, paperId);
                insert.setString(3, "member" + (i % 50));
                insert.setString(4, "baseline");
                insert.setString(5, "+1");
                insert.setBoolean(6, false);
                insert.setObject(7, Instant.now().atOffset(ZoneOffset.UTC));
                insert.setString(8, "reaction");
                insert.executeUpdate();
                nanos[i] = System.nanoTime() - t0;
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
        return nanos;
    }

    /** H2's write delay in milliseconds (how long a commit may wait to reach the file), or -1 when not H2. */
    public int h2WriteDelay() {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
             var rs = q.executeQuery()) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : -1;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }
}
