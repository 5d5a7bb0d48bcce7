package dev.paperboy.channel;

/** Where a digest's paper messages go: in the channel itself, or in a thread under the digest's header. */
public enum Layout { CHANNEL, THREAD }
