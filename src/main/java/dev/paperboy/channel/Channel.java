package dev.paperboy.channel;

import java.time.Instant;
import java.util.Set;

/** A channel Paperboy serves: its id in the store, its platform reference, settings, tags and when it started. */
public record Channel(long id, ChannelRef ref, ChannelSettings settings, Set<String> tags, Instant createdAt) {

    public Channel {
        tags = Set.copyOf(tags);
    }
}
