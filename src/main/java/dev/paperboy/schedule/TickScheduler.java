package dev.paperboy.schedule;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.DigestScheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The digest scheduler of a process that fires digests from its own {@link DigestTicker} (the console): a
 * changed schedule needs no bookkeeping, because each tick reads every channel's schedule afresh.
 */
public final class TickScheduler implements DigestScheduler {

    private final Clock clock;

    public TickScheduler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void scheduleChanged(Channel channel) {
    }

    @Override
    public Optional<Instant> nextDigest(Channel channel) {
        if (channel.settings().paused()) {
            return Optional.empty();
        }
        return FireTimes.next(channel.settings().schedule(), clock.instant());
    }
}
