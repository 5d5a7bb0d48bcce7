package dev.paperboy.channel;

import java.util.Locale;

/** What a channel does with the papers a stored query matches: takes them as candidates, or keeps them out. */
public enum FilterKind {
    FOLLOW,
    MUTE;

    /** As stored: {@code follow} or {@code mute}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
