package dev.paperboy.eval;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The bot as an evaluation drives it: papers arrive by ingest, as from the paper sources; everything a channel does
 * goes through the {@code /papers} commands and the reactions a chat adapter hands on, on the real services.
 */
public interface Bot {

    /** A paper message posted to a channel. */
    record Delivered(String messageId, String paperId) {
    }

    void ingest(List<Paper> papers, Instant at);

    /**
     * Opens a channel whose commands run on a planner of {@code mode} (learned, tags-only or random): a manager
     * turns its schedule off ({@code /papers schedule off}) and, when {@code tags} are given, subscribes to them.
     */
    void createChannel(String channel, String mode, Set<String> tags, Instant at);

    /** {@code /papers seed} with these ids, a few per command; returns the bot's error replies (ids it refused). */
    List<String> seed(String channel, List<String> paperIds, Instant at);

    /**
     * Seeds a channel from a reading-list file, as {@code paperboy seed --file} and a chat attachment do; returns
     * the ids of the papers it was seeded with.
     */
    List<String> seedFromFile(String channel, String fileName, byte[] file, Instant at);

    /** {@code /papers digest <size>}: the paper messages it posted. */
    List<Delivered> digest(String channel, int size, Instant at);

    /**
     * A manager sets the channel's quality bar ({@code /papers bar <bar>}) and digest size ({@code /papers size <size>}),
     * for digests that come by {@link #scheduledDigest}.
     */
    void setBar(String channel, String bar, int size, Instant at);

    /**
     * The channel's scheduled digest due at {@code at}, as the scheduler posts it (held to the channel's bar, of its
     * size): the paper messages it posted.
     */
    List<Delivered> scheduledDigest(String channel, Instant at);

    /** A member's reaction on a message the bot posted, as an adapter hands it on. */
    void react(String channel, String user, String messageId, String emoji, Instant at);

    /** The tags the tagger gave a paper, most confident first (what a member sees on the paper's card). */
    List<String> tagsOf(String paperId);
}
