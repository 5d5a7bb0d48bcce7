package dev.paperboy.chat.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The console session's clock. It starts at the first {@code at} it is given, or at the real time if something
 * needs the time before any {@code at}; from then on it only moves forward, and only when told.
 */
public final class SessionClock extends Clock {

    private final Clock real;
    private Instant now;

    public SessionClock(Clock real) {
        this.real = real;
    }

    /** Moves the clock to {@code at}, unless that would move it back. */
    public synchronized void advanceTo(Instant at) {
        if (now == null || at.isAfter(now)) {
            now = at;
        }
    }

    @Override
    public synchronized Instant instant() {
        if (now == null) {
            now = real.instant();
        }
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the session clock is UTC");
    }
}
