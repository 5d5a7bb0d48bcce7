package dev.paperboy.store;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.FilterKind;
import dev.paperboy.channel.Layout;
import dev.paperboy.channel.Schedule;
import dev.paperboy.recommend.QualityBar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Channels with their settings and subscriptions. */
public final class JdbcChannelStore implements ChannelStore {

    private static final String SELECT = "SELECT c.id, c.platform, c.workspace, c.channel_key, c.created_at, s.digest_size, "
            + "s.layout, s.schedule_enabled, s.schedule_time, s.schedule_zone, s.schedule_days, s.paused, s.paused_reason, s.quality_bar "
            + "FROM channels c JOIN channel_settings s ON s.channel_id = c.id";

    private final Jdbc jdbc;

    public JdbcChannelStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Channel getOrCreate(ChannelRef ref, ChannelSettings defaults, Instant now) {
        Optional<Channel> existing = find(ref);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.transaction(c -> {
            try (var insert = c.prepareStatement("INSERT INTO channels (platform, workspace, channel_key, created_at) VALUES (?, ?, ?, ?)",
                    new String[] {"id"})) {
                Jdbc.bind(insert, ref.platform(), ref.workspace(), ref.channel(), now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    try (var settings = c.prepareStatement("INSERT INTO channel_settings (channel_id, digest_size, layout, "
                            + "schedule_enabled, schedule_time, schedule_zone, schedule_days, paused, paused_reason, quality_bar, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        Jdbc.bind(settings, settingsParams(id, defaults, now));
                        settings.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                // Another thread or instance created it first: that row is as good as ours.
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
            }
            return null;
        });
        return find(ref).orElseThrow();
    }

    @Override
    public Optional<Channel> find(ChannelRef ref) {
        return withTags(jdbc.one(SELECT + " WHERE c.platform = ? AND c.workspace = ? AND c.channel_key = ?",
                JdbcChannelStore::channel, ref.platform(), ref.workspace(), ref.channel()));
    }

    @Override
    public Optional<Channel> find(long id) {
        return withTags(jdbc.one(SELECT + " WHERE c.id = ?", JdbcChannelStore::channel, id));
    }

    @Override
    public List<Channel> all() {
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.query("SELECT channel_id, tag FROM subscriptions", rs -> {
            tags.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            return null;
        });
        return jdbc.query(SELECT + " ORDER BY c.id", JdbcChannelStore::channel).stream()
                .map(c -> new Channel(c.id(), c.ref(), c.settings(), tags.getOrDefault(c.id(), Set.of()), c.createdAt()))
                .toList();
    }

    @Override
    public void subscribe(long channelId, Collection<String> tags, Instant now) {
        for (String tag : tags) {
            jdbc.insertUnique("INSERT INTO subscriptions (channel_id, tag, created_at) VALUES (?, ?, ?)", channelId, tag, now);
        }
    }

    @Override
    public void unsubscribe(long channelId, Collection<String> tags) {
        for (String tag : tags) {
            jdbc.update("DELETE FROM subscriptions WHERE channel_id = ? AND tag = ?", channelId, tag);
        }
    }

    @Override
    public List<Filter> filters(long channelId) {
        return jdbc.query("SELECT kind, query FROM channel_filters WHERE channel_id = ? ORDER BY id",
                rs -> new Filter(FilterKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2)), channelId);
    }

    @Override
    public boolean addFilter(long channelId, FilterKind kind, String query, Instant now) {
        return jdbc.insertUnique("INSERT INTO channel_filters (channel_id, kind, query, query_key, created_at) VALUES (?, ?, ?, ?, ?)",
                channelId, kind.key(), query, query.toLowerCase(Locale.ROOT), now);
    }

    @Override
    public boolean removeFilter(long channelId, FilterKind kind, String query) {
        return jdbc.update("DELETE FROM channel_filters WHERE channel_id = ? AND kind = ? AND query_key = ?",
                channelId, kind.key(), query.toLowerCase(Locale.ROOT)) > 0;
    }

    @Override
    public void updateSettings(long channelId, ChannelSettings before, ChannelSettings after, Instant now) {
        Object[] old = settingsParams(channelId, before, now);
        Object[] p = settingsParams(channelId, after, now);
        List<String> set = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 1; i < COLUMNS.length; i++) {
            // The pause and its reason go together: a new reason alone is still a change of the pause.
            boolean changed = !Objects.equals(old[i], p[i]) || i == PAUSED_REASON && !Objects.equals(old[PAUSED], p[PAUSED]);
            if (changed) {
                set.add(COLUMNS[i] + " = ?");
                values.add(p[i]);
            }
        }
        if (set.isEmpty()) {
            return;
        }
        values.add(now);
        values.add(channelId);
        jdbc.update("UPDATE channel_settings SET " + String.join(", ", set) + ", updated_at = ? WHERE channel_id = ?", values.toArray());
    }

    /** The columns of {@link #settingsParams}, in its order (the first is the key, the last the time). */
    private static final String[] COLUMNS = {"channel_id", "digest_size", "layout", "schedule_enabled", "schedule_time",
        "schedule_zone", "schedule_days", "paused", "paused_reason", "quality_bar"};
    private static final int PAUSED = 7;
    private static final int PAUSED_REASON = 8;

    private static Object[] settingsParams(long channelId, ChannelSettings s, Instant now) {
        Schedule schedule = s.schedule();
        String days = schedule.days().stream().map(d -> d.name().substring(0, 3).toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
        return new Object[] {channelId, s.digestSize(), s.layout().name().toLowerCase(Locale.ROOT), schedule.enabled(),
            schedule.time().toString(), schedule.zone().getId(), days, s.paused(), s.pausedReason(), s.bar().key(), now};
    }

    private Optional<Channel> withTags(Optional<Channel> channel) {
        return channel.map(c -> new Channel(c.id(), c.ref(), c.settings(), Set.copyOf(jdbc.query(
                "SELECT tag FROM subscriptions WHERE channel_id = ?", rs -> rs.getString(1), c.id())), c.createdAt()));
    }

    private static Channel channel(ResultSet rs) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : rs.getString("schedule_days").split(",")) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().substring(0, 3).equalsIgnoreCase(d.strip())) {
                    days.add(day);
                }
            }
        }
        Schedule schedule = new Schedule(rs.getBoolean("schedule_enabled"), LocalTime.parse(rs.getString("schedule_time")),
                ZoneId.of(rs.getString("schedule_zone")), days);
        ChannelSettings settings = new ChannelSettings(rs.getInt("digest_size"),
                Layout.valueOf(rs.getString("layout").toUpperCase(Locale.ROOT)), schedule, rs.getBoolean("paused"),
                rs.getString("paused_reason"), QualityBar.ofKey(rs.getString("quality_bar")));
        return new Channel(rs.getLong("id"), new ChannelRef(rs.getString("platform"), rs.getString("workspace"),
                rs.getString("channel_key")), settings, Set.of(), Jdbc.instant(rs, "created_at"));
    }
}
