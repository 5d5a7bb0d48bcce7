package dev.paperboy.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which emoji mean what, from config. Emoji are compared by Slack short name; the Unicode forms Discord sends
 * for the common ones are translated first, and skin tones and colons are dropped.
 */
public final class EmojiMeanings {

    private static final Map<String, String> UNICODE = Map.ofEntries(
            Map.entry("👍", "+1"), Map.entry("👎", "-1"), Map.entry("❤️", "heart"), Map.entry("❤", "heart"),
            Map.entry("🔥", "fire"), Map.entry("🔖", "bookmark"), Map.entry("⭐", "star"), Map.entry("🌟", "star2"),
            Map.entry("🎉", "tada"), Map.entry("💯", "100"), Map.entry("🙌", "raised_hands"), Map.entry("👀", "eyes"),
            Map.entry("📌", "pushpin"), Map.entry("🤔", "thinking_face"), Map.entry("😴", "sleeping"),
            Map.entry("🗑️", "wastebasket"), Map.entry("🗑", "wastebasket"), Map.entry("❌", "x"), Map.entry("🚫", "no_entry_sign"));

    private final Map<String, Meaning> meanings = new HashMap<>();

    public EmojiMeanings(List<String> positive, List<String> negative, List<String> save) {
        positive.forEach(e -> meanings.put(normalize(e), Meaning.POSITIVE));
        negative.forEach(e -> meanings.put(normalize(e), Meaning.NEGATIVE));
        save.forEach(e -> meanings.put(normalize(e), Meaning.SAVE));
    }

    public Meaning of(String emoji) {
        return meanings.getOrDefault(normalize(emoji), Meaning.NONE);
    }

    /** {@code :thumbsup::skin-tone-2:} and {@code 👍🏽} both become {@code +1}. */
    public static String normalize(String emoji) {
        String s = emoji.strip();
        s = s.replaceAll("[\\x{1F3FB}-\\x{1F3FF}]", "");
        int skin = s.indexOf("::skin-tone");
        if (skin >= 0) {
            s = s.substring(0, skin);
        }
        if (s.startsWith(":")) {
            s = s.substring(1);
        }
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        s = UNICODE.getOrDefault(s, s);
        s = s.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "thumbsup" -> "+1";
            case "thumbsdown" -> "-1";
            default -> s;
        };
    }
}
