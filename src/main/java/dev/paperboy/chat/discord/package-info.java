/**
 * The Discord adapter, on JDA: {@code /papers} as a slash command with subcommands and typed options, digests as
 * one embed per paper, and reactions on Paperboy's own messages turned into feedback. It translates and renders
 * only; every decision is the {@code channel} package's. The only package that imports {@code net.dv8tion}.
 */
package dev.paperboy.chat.discord;
