package dev.paperboy.channel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a channel's digest is due: a local time, an IANA zone and the days of the week; or off. A channel that never
 * asked for digests has a schedule that is off with no days ({@link #notStarted}): the first command that asks for
 * digests starts the configured one, whereas a channel turned off on purpose keeps its days and stays off.
 */
public record Schedule(boolean enabled, LocalTime time, ZoneId zone, Set<DayOfWeek> days) {

    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    public static final Set<DayOfWeek> DAILY = EnumSet.allOf(DayOfWeek.class);

    public Schedule {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    /** The schedule of a channel that never asked for digests. */
    public static Schedule notStarted(LocalTime time, ZoneId zone) {
        return new Schedule(false, time, zone, Set.of());
    }

    /** False only for a channel that never asked for digests. */
    public boolean started() {
        return enabled || !days.isEmpty();
    }

    /** Off, remembering its days, so that a later command asking for digests does not turn it back on. */
    public Schedule off() {
        return new Schedule(false, time, zone, days.isEmpty() ? WEEKDAYS : days);
    }

    /** {@code daily}, {@code weekdays} or {@code mon,wed,fri}. */
    public String daysText() {
        if (days.equals(DAILY)) {
            return "daily";
        }
        if (days.equals(WEEKDAYS)) {
            return "weekdays";
        }
        return days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    public String describe() {
        return enabled ? time + " " + zone.getId() + " " + daysText() : started() ? "off" : "none yet";
    }
}
