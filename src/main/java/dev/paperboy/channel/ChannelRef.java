package dev.paperboy.channel;

import java.util.Objects;

/** A chat channel as the platform names it: {@code slack/T123/C456}, {@code discord/guild/channel}, {@code console/local/c1}. */
public record ChannelRef(String platform, String workspace, String channel) {

    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(channel, "channel");
    }

    @Override
    public String toString() {
        return platform + "/" + workspace + "/" + channel;
    }
}
