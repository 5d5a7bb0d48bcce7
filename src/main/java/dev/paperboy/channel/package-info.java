/**
 * Channels: who subscribes to what, their settings and schedules, the platform-neutral {@code /papers} grammar
 * and its handlers, digest posting, and the {@link dev.paperboy.channel.ChatGateway} port that every chat
 * adapter implements. Nothing here knows Slack, Discord or the console.
 */
package dev.paperboy.channel;
