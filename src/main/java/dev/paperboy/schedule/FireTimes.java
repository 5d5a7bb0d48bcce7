package dev.paperboy.schedule;

import dev.paperboy.channel.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instants a schedule fires between two instants. Local times that a DST change skips fire at the first
 * valid instant after; repeated local times fire once, at the earlier offset.
 */
public final class FireTimes {

    private FireTimes() {
    }

    /** Fire times after {@code from} (exclusive) up to {@code to} (inclusive), in order. */
    public static List<Instant> between(Schedule schedule, Instant from, Instant to) {
        List<Instant> out = new ArrayList<>();
        if (!schedule.enabled() || !to.isAfter(from)) {
            return out;
        }
        LocalDate day = from.atZone(schedule.zone()).toLocalDate();
        LocalDate last = to.atZone(schedule.zone()).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!schedule.days().contains(day.getDayOfWeek())) {
                continue;
            }
            Instant fire = ZonedDateTime.of(day, schedule.time(), schedule.zone()).toInstant();
            if (fire.isAfter(from) && !fire.isAfter(to)) {
                out.add(fire);
            }
        }
        return out;
    }

    /** The first fire time after {@code after}; empty when the schedule is off or names no day. */
    public static Optional<Instant> next(Schedule schedule, Instant after) {
        if (schedule.days().isEmpty()) {
            return Optional.empty();
        }
        // Eight days hold every weekday once more, whatever a DST change does to the offsets.
        return between(schedule, after, after.plus(Duration.ofDays(8))).stream().findFirst();
    }
}
