/**
 * Scheduling: when each channel's digest is due, and firing it. Quartz (clustered, its tables in Paperboy's
 * database) fires the bot's triggers; the console ticks its own clock. Both fire through
 * {@link dev.paperboy.schedule.ScheduledDigests}, which claims each (channel, fire time) before posting, so a digest
 * is posted at most once whoever fires it, and finishes runs that a crash or a chat outage left open.
 */
package dev.paperboy.schedule;
