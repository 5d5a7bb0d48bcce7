package dev.paperboy.store;

import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.DigestRunStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Scheduled digests' runs in {@code digest_runs}. Each change is one statement whose WHERE names the expected
 * owner and state, so two processes racing for a run cannot both win: the database decides.
 */
public final class JdbcDigestRunStore implements DigestRunStore {

    private static final String OPEN = "state IN ('pending', 'sending')";
    /**
     * Lapsed, or its owner is not among the live instances of the Quartz cluster (whose instance ids name the runs'
     * owners) and has not renewed for a while. No cluster at all (the console): only the lease counts.
     */
    private static final String STALLED = "(lease_until <= ? OR (lease_until <= ? AND EXISTS (SELECT 1 FROM qrtz_scheduler_state) "
            + "AND owner_id NOT IN (SELECT instance_name FROM qrtz_scheduler_state)))";
    private static final int MAX_NOTE = 500;

    private final Jdbc jdbc;

    public JdbcDigestRunStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean claim(long channelId, Instant fireTime, String owner, Instant now, Instant leaseUntil) {
        return jdbc.insertUnique("INSERT INTO digest_runs (channel_id, fire_time, claimed_at, state, owner_id, lease_until) "
                + "VALUES (?, ?, ?, 'pending', ?, ?)", channelId, fireTime, now, owner, leaseUntil);
    }

    @Override
    public boolean skip(long channelId, Instant fireTime, String note, Instant now) {
        return jdbc.insertUnique("INSERT INTO digest_runs (channel_id, fire_time, claimed_at, state, finished_at, note) "
                + "VALUES (?, ?, ?, 'skipped', ?, ?)", channelId, fireTime, now, now, clip(note));
    }

    @Override
    public Optional<DigestRun> find(long channelId, Instant fireTime) {
        return jdbc.one("SELECT * FROM digest_runs WHERE channel_id = ? AND fire_time = ?", JdbcDigestRunStore::run, channelId, fireTime);
    }

    @Override
    public boolean renew(long channelId, Instant fireTime, String owner, Instant leaseUntil) {
        return jdbc.update("UPDATE digest_runs SET lease_until = ? WHERE channel_id = ? AND fire_time = ? AND owner_id = ? AND " + OPEN,
                leaseUntil, channelId, fireTime, owner) == 1;
    }

    @Override
    public void sending(long channelId, Instant fireTime, String owner) {
        jdbc.update("UPDATE digest_runs SET state = 'sending' WHERE channel_id = ? AND fire_time = ? AND owner_id = ? AND " + OPEN,
                channelId, fireTime, owner);
    }

    @Override
    public void headerPosted(long channelId, Instant fireTime, String owner, String messageId) {
        jdbc.update("UPDATE digest_runs SET header_message_id = ? WHERE channel_id = ? AND fire_time = ? AND owner_id = ?",
                messageId, channelId, fireTime, owner);
    }

    @Override
    public void paperPosted(long channelId, Instant fireTime, String owner) {
        jdbc.update("UPDATE digest_runs SET posted = posted + 1, paper_in_doubt = NULL WHERE channel_id = ? AND fire_time = ? AND owner_id = ?",
                channelId, fireTime, owner);
    }

    @Override
    public void paperSending(long channelId, Instant fireTime, String owner, String paperId) {
        jdbc.update("UPDATE digest_runs SET paper_in_doubt = ? WHERE channel_id = ? AND fire_time = ? AND owner_id = ?",
                paperId, channelId, fireTime, owner);
    }

    @Override
    public void paperSettled(long channelId, Instant fireTime, String owner) {
        jdbc.update("UPDATE digest_runs SET paper_in_doubt = NULL WHERE channel_id = ? AND fire_time = ? AND owner_id = ?",
                channelId, fireTime, owner);
    }

    @Override
    public void finish(long channelId, Instant fireTime, String owner, DigestRun.State state, String note, Instant now) {
        jdbc.update("UPDATE digest_runs SET state = ?, finished_at = ?, note = ?, lease_until = NULL "
                + "WHERE channel_id = ? AND fire_time = ? AND owner_id = ? AND " + OPEN, name(state), now, clip(note), channelId, fireTime, owner);
    }

    @Override
    public void release(long channelId, Instant fireTime, String owner, boolean headerUnsent, Instant retryAt, String note) {
        jdbc.update("UPDATE digest_runs SET " + (headerUnsent ? "state = 'pending', " : "") + "lease_until = ?, note = ? "
                + "WHERE channel_id = ? AND fire_time = ? AND owner_id = ? AND " + OPEN, retryAt, clip(note), channelId, fireTime, owner);
    }

    @Override
    public List<DigestRun> stalled(Instant now, Instant orphanLease) {
        return jdbc.query("SELECT * FROM digest_runs WHERE " + OPEN + " AND " + STALLED + " ORDER BY fire_time, channel_id",
                JdbcDigestRunStore::run, now, orphanLease);
    }

    @Override
    public boolean takeOver(long channelId, Instant fireTime, String owner, Instant now, Instant leaseUntil, Instant orphanLease) {
        return jdbc.update("UPDATE digest_runs SET owner_id = ?, lease_until = ?, attempts = attempts + 1 "
                + "WHERE channel_id = ? AND fire_time = ? AND " + OPEN + " AND " + STALLED, owner, leaseUntil, channelId, fireTime, now,
                orphanLease) == 1;
    }

    @Override
    public boolean closeStalled(long channelId, Instant fireTime, DigestRun.State state, String note, Instant now) {
        return jdbc.update("UPDATE digest_runs SET state = ?, finished_at = ?, note = ?, lease_until = NULL "
                + "WHERE channel_id = ? AND fire_time = ? AND " + OPEN + " AND lease_until <= ?", name(state), now, clip(note), channelId, fireTime, now) == 1;
    }

    @Override
    public Optional<Instant> lastRun(long channelId) {
        return jdbc.one("SELECT MAX(fire_time) AS last_fire FROM digest_runs WHERE channel_id = ?",
                rs -> Jdbc.instant(rs, "last_fire"), channelId).filter(Objects::nonNull);
    }

    private static String name(DigestRun.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static String clip(String note) {
        return note == null ? "" : note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    private static DigestRun run(ResultSet rs) throws SQLException {
        return new DigestRun(rs.getLong("channel_id"), Jdbc.instant(rs, "fire_time"),
                DigestRun.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getString("owner_id"),
                Optional.ofNullable(Jdbc.instant(rs, "lease_until")), Optional.ofNullable(rs.getString("header_message_id")),
                rs.getInt("posted"), rs.getInt("attempts"), rs.getString("note"), Optional.ofNullable(rs.getString("paper_in_doubt")));
    }
}
