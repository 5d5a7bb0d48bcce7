package dev.paperboy.channel;

import java.util.Objects;

/** A chat channel as the platform names it: {@code slack/T123/C456}, {@code discord/guild/channel}, {@code console/local/c1}. */
public record ChannelRef(String platform, String workspace, String channel) {

    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(channel, "channel");
    }

    /** {@code PLATFORM/WORKSPACE/CHANNEL} as the command line writes it; empty when it is not three non-blank parts. */
    public static java.util.Optional<ChannelRef> parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ChannelRef(parts[0], parts[1], parts[2]));
    }

    @Override
    public String toString() {
        return platform + "/" + workspace + "/" + channel;
    }
}
