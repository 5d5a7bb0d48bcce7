package dev.paperboy.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many on-demand digests each channel had in the last hour, held by this process. Several instances sharing a
 * database each count their own, which is still a limit; a restart forgets the count, which only errs towards a
 * member's request.
 */
final class OnDemandDigests {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Map<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();

    OnDemandDigests(int perHour) {
        this.perHour = perHour;
    }

    /** Takes one of the channel's digests for this hour; empty when allowed, else when the next one is. */
    Optional<Instant> take(long channelId, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(channelId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() >= perHour) {
                return Optional.of(times.peekFirst().plus(WINDOW));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    /** Gives back a digest that posted nothing, so "nothing new" does not use up the hour. */
    void giveBack(long channelId, Instant at) {
        Deque<Instant> times = recent.get(channelId);
        if (times != null) {
            synchronized (times) {
                times.removeLastOccurrence(at);
            }
        }
    }

    int perHour() {
        return perHour;
    }
}
