package dev.paperboy.app;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Parses {@code mon,wed,fri} from config. */
final class Days {

    private Days() {
    }

    static Optional<Set<DayOfWeek>> parse(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String p = part.strip();
            DayOfWeek match = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (p.length() >= 3 && d.name().toLowerCase().startsWith(p.toLowerCase())) {
                    match = d;
                }
            }
            if (match == null) {
                return Optional.empty();
            }
            days.add(match);
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(days);
    }
}
