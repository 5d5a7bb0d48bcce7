package dev.paperboy.eval;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The bot as an evaluation drives it: the same calls a chat adapter makes, on the real services. */
public interface Bot {

    /** A paper message posted to a channel. */
    record Delivered(String messageId, String paperId) {
    }

    void ingest(List<Paper> papers, Instant at);

    /** Creates a channel that ranks with {@code mode} (learned, tags-only or random) and follows {@code tags}. */
    void createChannel(String channel, String mode, Set<String> tags, Instant at);

    void seed(String channel, List<String> paperIds, Instant at);

    /**
     * Seeds a channel from a reading-list file, as {@code paperboy seed --file} and a chat attachment do; returns
     * the ids of the papers it was seeded with.
     */
    List<String> seedFromFile(String channel, String fileName, byte[] file, Instant at);

    List<Delivered> digest(String channel, int size, Instant at);

    /** The paper ids a channel's planner would pick now, without posting them. */
    List<String> plan(String channel, int size, Instant at);

    void react(String channel, String user, String messageId, String emoji, Instant at);

    /** The tags the tagger gave a paper, most confident first. */
    List<String> tagsOf(String paperId);
}
