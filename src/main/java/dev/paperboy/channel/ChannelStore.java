package dev.paperboy.channel;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where channels, their settings and subscriptions live. */
public interface ChannelStore {

    /** The channel, created with {@code defaults} the first time it is seen. */
    Channel getOrCreate(ChannelRef ref, ChannelSettings defaults, Instant now);

    Optional<Channel> find(ChannelRef ref);

    Optional<Channel> find(long id);

    List<Channel> all();

    void subscribe(long channelId, Collection<String> tags, Instant now);

    void unsubscribe(long channelId, Collection<String> tags);

    /**
     * Writes the settings that differ between {@code before} (what the caller read) and {@code after}, and only
     * those: a pause and a size change made at the same moment from two reads both stay.
     */
    void updateSettings(long channelId, ChannelSettings before, ChannelSettings after, Instant now);

    /** The channel's follows (beyond its tags) and mutes, as typed, oldest first. */
    List<Filter> filters(long channelId);

    /** One stored follow or mute. */
    record Filter(FilterKind kind, String query) {
    }

    /** The channel's follows (beyond its tags) or mutes, as typed, oldest first. */
    default List<String> filters(long channelId, FilterKind kind) {
        return filters(channelId).stream().filter(f -> f.kind() == kind).map(Filter::query).toList();
    }

    /** Stores a follow or mute; false when the channel has it already (in any case). */
    boolean addFilter(long channelId, FilterKind kind, String query, Instant now);

    /** Removes a follow or mute (in any case); false when the channel had none such. */
    boolean removeFilter(long channelId, FilterKind kind, String query);
}
