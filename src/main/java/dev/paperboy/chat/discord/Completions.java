package dev.paperboy.chat.discord;

import dev.paperboy.tag.Tag;
import dev.paperboy.tag.TagVocabulary;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What Discord suggests while a member types an option: tags from the vocabulary, IANA time zones and day
 * sets. Pure functions of what was typed, so the lists are tested without Discord.
 */
final class Completions {

    /** Discord shows at most 25 choices, each name and value at most 100 characters. */
    static final int MAX = 25;
    static final int MAX_CHARS = 100;

    /** A suggestion: what the member sees, and what goes into the option. */
    record Choice(String name, String value) {
    }

    private static final List<String> COMMON_ZONES = List.of("UTC", "Europe/London", "Europe/Berlin", "Europe/Paris",
            "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Seoul", "Asia/Tokyo",
            "Asia/Shanghai", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney");
    private static final List<String> DAYS = List.of("weekdays", "daily", "weekends", "mon,wed,fri", "tue,thu", "mon", "fri");

    private Completions() {
    }

    /**
     * Completes the last word of a space-separated tag list from {@code pool} (names of the vocabulary), keeping
     * the words before it: typing {@code rl reas} offers {@code rl reasoning}. Tags already in the list are not
     * offered again.
     */
    static List<Choice> tags(String typed, TagVocabulary vocabulary, Collection<String> pool) {
        String text = typed == null ? "" : typed.replace(',', ' ');
        boolean startsNewWord = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
        List<String> words = new ArrayList<>(List.of(text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+")));
        String last = startsNewWord || words.isEmpty() ? "" : words.remove(words.size() - 1);
        String prefix = words.isEmpty() ? "" : String.join(" ", words) + " ";
        Set<String> taken = new LinkedHashSet<>();
        words.forEach(w -> taken.add(TagVocabulary.canonical(w)));
        String wanted = TagVocabulary.canonical(last);
        Stream<String> names;
        if (wanted.isEmpty()) {
            names = pool.stream().sorted();
        } else {
            // Prefix matches first, then names containing it, then the vocabulary's "closest" for typos.
            Set<String> ordered = new LinkedHashSet<>();
            pool.stream().filter(n -> n.startsWith(wanted)).sorted().forEach(ordered::add);
            pool.stream().filter(n -> n.contains(wanted)).sorted().forEach(ordered::add);
            vocabulary.suggest(wanted, MAX).stream().filter(pool::contains).forEach(ordered::add);
            names = ordered.stream();
        }
        return names.filter(n -> !taken.contains(n)).limit(MAX)
                .map(n -> {
                    String value = clip(prefix + n);
                    String description = vocabulary.find(n).map(Tag::description).orElse("");
                    return new Choice(clip(description.isBlank() ? value : value + " · " + description), value);
                })
                .toList();
    }

    /** IANA region zones containing what was typed (spaces as underscores), city-name prefix matches first. */
    static List<Choice> zones(String typed) {
        String wanted = typed == null ? "" : typed.strip().replaceAll("\\s+", "_").toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return COMMON_ZONES.stream().map(z -> new Choice(z, z)).toList();
        }
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/") || z.equals("UTC"))
                .filter(z -> z.toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing((String z) -> !city(z).startsWith(wanted)).thenComparing(z -> z))
                .limit(MAX)
                .map(z -> new Choice(z, z))
                .toList();
    }

    /** Day sets the grammar understands, filtered by what was typed; a typed list of days is offered as is. */
    static List<Choice> days(String typed) {
        String wanted = typed == null ? "" : typed.strip().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        List<Choice> out = new ArrayList<>();
        DAYS.stream().filter(d -> d.startsWith(wanted)).forEach(d -> out.add(new Choice(d, d)));
        if (!wanted.isEmpty() && out.isEmpty()) {
            out.add(new Choice(clip(wanted), clip(wanted)));
        }
        return out;
    }

    /**
     * A channel's follows or mutes as {@code settings} numbers them, those containing what was typed; the value is the
     * query itself, or its number when the query is longer than a choice may be.
     */
    static List<Choice> entries(String typed, List<String> entries) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < entries.size() && out.size() < MAX; i++) {
            String entry = entries.get(i);
            if (entry.toLowerCase(Locale.ROOT).contains(wanted) || String.valueOf(i + 1).equals(wanted)) {
                out.add(new Choice(clip((i + 1) + ". " + entry), entry.length() <= MAX_CHARS ? entry : String.valueOf(i + 1)));
            }
        }
        return out;
    }

    private static String city(String zone) {
        return zone.substring(zone.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static String clip(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1) + "…";
    }
}
