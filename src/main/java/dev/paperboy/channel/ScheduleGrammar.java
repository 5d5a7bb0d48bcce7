package dev.paperboy.channel;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of when a digest comes: {@code /papers schedule <HH:MM> [zone] [days]} or {@code off}, and the days
 * as settings give them. Its own file because times, IANA zones and day lists have rules (and error sentences)
 * of their own, shared with the settings and the sources' {@code days}.
 */
final class ScheduleGrammar {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private ScheduleGrammar() {
    }

    /** Days as settings give them, read as {@code /papers schedule} reads them; empty when the text is not days. */
    static Optional<Set<DayOfWeek>> parseDays(String text) {
        try {
            return days(text.strip());
        } catch (CommandSyntaxException e) {
            return Optional.empty();
        }
    }

    static PapersCommand schedule(List<String> args) throws CommandSyntaxException {
        String usage = "Usage: `/papers schedule <HH:MM> [zone] [daily|weekdays|mon,tue,…]` or `/papers schedule off`, e.g. `/papers schedule 09:00 Europe/Berlin weekdays`";
        if (args.isEmpty()) {
            throw new CommandSyntaxException(usage);
        }
        if (args.size() == 1 && args.get(0).equalsIgnoreCase("off")) {
            return new PapersCommand.ScheduleOff();
        }
        Matcher m = TIME.matcher(args.get(0));
        if (!m.matches()) {
            throw new CommandSyntaxException("`" + Echo.clip(args.get(0)) + "` is not a time; write it as HH:MM, e.g. 09:00. " + usage);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            throw new CommandSyntaxException("`" + args.get(0) + "` is not a time of day; hours go 00-23 and minutes 00-59.");
        }
        Optional<ZoneId> zone = Optional.empty();
        Optional<Set<DayOfWeek>> days = Optional.empty();
        for (String arg : args.subList(1, args.size())) {
            Optional<Set<DayOfWeek>> asDays = days(arg);
            if (asDays.isPresent() && days.isEmpty()) {
                days = asDays;
            } else if (zone.isEmpty() && asDays.isEmpty()) {
                zone = Optional.of(zone(arg));
            } else {
                throw new CommandSyntaxException("I don't understand `" + Echo.clip(arg) + "` there. " + usage);
            }
        }
        return new PapersCommand.ScheduleAt(LocalTime.of(hour, minute), zone, days);
    }

    private static ZoneId zone(String text) throws CommandSyntaxException {
        if (text.equalsIgnoreCase("utc") || text.equalsIgnoreCase("z")) {
            return ZoneId.of("UTC");
        }
        try {
            ZoneId zone = ZoneId.of(text);
            if (!zone.getId().contains("/") && !zone.getId().startsWith("UTC") && !zone.getId().startsWith("GMT")) {
                throw new DateTimeException("not a region id");
            }
            return zone;
        } catch (DateTimeException e) {
            String guess = ZoneId.getAvailableZoneIds().stream()
                    .filter(z -> z.toLowerCase(Locale.ROOT).endsWith("/" + text.toLowerCase(Locale.ROOT)))
                    .sorted().findFirst().map(z -> " Did you mean `" + z + "`?").orElse("");
            throw new CommandSyntaxException("`" + Echo.clip(text) + "` is not a time zone I know; use an IANA name such as "
                    + "`Europe/Berlin`, `America/New_York` or `UTC`." + guess);
        }
    }

    private static Optional<Set<DayOfWeek>> days(String text) throws CommandSyntaxException {
        String s = text.toLowerCase(Locale.ROOT);
        if (s.equals("daily") || s.equals("everyday")) {
            return Optional.of(Schedule.DAILY);
        }
        if (s.equals("weekdays")) {
            return Optional.of(Schedule.WEEKDAYS);
        }
        if (s.equals("weekends")) {
            return Optional.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
        String[] parts = s.split(",");
        if (parts.length == 0 || !DAYS.containsKey(parts[0].length() >= 3 ? parts[0].substring(0, 3) : parts[0])) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : parts) {
            DayOfWeek day = part.length() >= 3 ? DAYS.get(part.substring(0, 3)) : null;
            if (day == null) {
                throw new CommandSyntaxException("`" + Echo.clip(part) + "` is not a day; use mon,tue,wed,thu,fri,sat,sun, daily or weekdays.");
            }
            days.add(day);
        }
        return Optional.of(days);
    }
}
