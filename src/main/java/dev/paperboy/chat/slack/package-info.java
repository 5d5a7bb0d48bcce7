/**
 * The Slack adapter, on Bolt: {@code /papers} answered within Slack's three seconds, digests posted as Block Kit
 * messages whose {@code ts} is recorded so a reaction maps back to its paper, and reactions on those messages
 * turned into feedback. It runs over Socket Mode (no public URL) or over HTTP on the JDK's server; only this
 * package imports {@code com.slack}.
 */
package dev.paperboy.chat.slack;
