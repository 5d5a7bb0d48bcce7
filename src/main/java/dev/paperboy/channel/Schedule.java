package dev.paperboy.channel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** When a channel's digest is due: a local time, an IANA zone and the days of the week; or off. */
public record Schedule(boolean enabled, LocalTime time, ZoneId zone, Set<DayOfWeek> days) {

    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    public static final Set<DayOfWeek> DAILY = EnumSet.allOf(DayOfWeek.class);

    public Schedule {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public Schedule off() {
        return new Schedule(false, time, zone, days);
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
        return enabled ? time + " " + zone.getId() + " " + daysText() : "off";
    }
}
