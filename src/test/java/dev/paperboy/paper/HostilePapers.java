package dev.paperboy.paper;

import java.time.Instant;
import java.util.List;

/**
 * Papers built to break chat messages: as long as ingest allows, full of markup of both platforms, mentions,
 * entities to escape and emoji (surrogate pairs) where a clip would fall.
 */
public final class HostilePapers {

    /** Markup of Slack and Discord, mentions, and characters that grow when escaped. */
    public static final String NASTY = "*bold* _it_ ~s~ `code` [x](https://evil.example/phish) <@U0BOSS> <!channel> @everyone "
            + "@here <#123> &amp; a<b>c 🧪🧬 \\ | # - > ";

    private HostilePapers() {
    }

    /** {@code length} characters of {@link #NASTY} over and over (one fewer where the last would halve an emoji). */
    public static String repeat(int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(NASTY);
        }
        int end = length > 0 && Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
        return s.substring(0, end);
    }

    /** A reinforcement-learning paper whose title, abstract and author are all hostile and at ingest's limits. */
    public static Paper paper(String id, Instant published) {
        return new Paper(id, "Reinforcement learning " + repeat(990),
                "We study reinforcement learning agents with a policy gradient method. " + repeat(9_800),
                List.of(repeat(18_000), "Ada Lovelace"), List.of("cs.LG"), published, 0, 1, "test");
    }
}
