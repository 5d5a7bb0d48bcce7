package dev.paperboy.paper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How far a long ingest has got: papers handled of the batch, the rate so far, and the time left at that rate.
 * {@link IngestService} reports it after each step of a batch that takes more than one step.
 */
public record IngestProgress(int done, int total, double perSecond, Duration left) {

    static IngestProgress of(int done, int total, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        double rate = done / seconds;
        long leftMillis = rate <= 0 ? 0 : Math.round((total - done) / rate * 1000);
        return new IngestProgress(done, total, rate, Duration.ofMillis(leftMillis));
    }

    public boolean finished() {
        return done >= total;
    }

    /** For a person watching a terminal: {@code 1,200/35,020 papers, 104.2/s, 5m 32s left}. */
    public String describe() {
        long s = left.toSeconds();
        String time = s >= 3600 ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
        return String.format(Locale.ROOT, "%,d/%,d papers, %.1f/s, %s left", done, total, perSecond, finished() ? "0s" : time);
    }

    /**
     * Passes progress on at most once per {@code every} of the clock's time, and the end of a batch once anything
     * was passed on: a long ingest is told now and then, a short one not at all.
     */
    public static Consumer<IngestProgress> every(Duration every, Clock clock, Consumer<IngestProgress> sink) {
        Instant[] last = {clock.instant()};
        boolean[] told = {false};
        return p -> {
            Instant now = clock.instant();
            if (Duration.between(last[0], now).compareTo(every) >= 0 || p.finished() && told[0]) {
                last[0] = now;
                told[0] = true;
                sink.accept(p);
            }
        };
    }
}
