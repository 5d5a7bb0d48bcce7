package dev.paperboy.channel;

import java.time.Duration;
import java.util.Optional;

/**
 * How often and how long a post that failed for a passing reason (5xx, timeout, 429) is tried again while its
 * digest is being posted. Waits double from {@code firstDelay} up to {@code maxDelay}; a Retry-After hint replaces
 * the computed wait. A wait longer than {@code maxDelay} is not spent holding a thread: the post gives up, and a
 * scheduled digest is tried again later (see ScheduledDigests).
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay, got " + firstDelay + " and " + maxDelay);
        }
    }

    /** One try, no waiting. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before try {@code failed + 1}, or empty when the post should give up after {@code failed} tries. */
    public Optional<Duration> delayAfter(int failed, Optional<Duration> hint) {
        if (failed >= attempts) {
            return Optional.empty();
        }
        if (hint.isPresent()) {
            Duration asked = hint.get().isNegative() ? Duration.ZERO : hint.get();
            return asked.compareTo(maxDelay) > 0 ? Optional.empty() : Optional.of(asked);
        }
        Duration computed = firstDelay.multipliedBy(1L << Math.min(failed - 1, 20));
        return Optional.of(computed.compareTo(maxDelay) > 0 ? maxDelay : computed);
    }
}
