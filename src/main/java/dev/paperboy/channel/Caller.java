package dev.paperboy.channel;

/**
 * Who sent a command, and what the platform says they may do: manage the channel (its subscriptions, schedule,
 * size; Discord: Manage Channels, Slack: {@code slack.managers}) and curate papers' tags for everyone
 * ({@code tags.curators}). Adapters decide both from platform facts only, never from the verb.
 */
public record Caller(String userId, boolean canManage, boolean canCurate) {

    /** A caller who curates no paper's tags. */
    public Caller(String userId, boolean canManage) {
        this(userId, canManage, false);
    }
}
