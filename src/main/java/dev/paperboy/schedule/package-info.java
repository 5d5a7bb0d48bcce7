/**
 * Scheduling: when each channel's digest is due and firing it through the digest service. A scheduled run is
 * claimed by (channel, fire time) before it posts, so it happens once however often the ticker runs.
 */
package dev.paperboy.schedule;
