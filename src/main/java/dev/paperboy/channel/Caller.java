package dev.paperboy.channel;

/**
 * Who sent a command, and whether the platform says they may change the channel's subscriptions, schedule and
 * size (Discord: Manage Channels; Slack: as configured).
 */
public record Caller(String userId, boolean canManage) {
}
