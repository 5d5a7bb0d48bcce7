package dev.paperboy.channel;

/** A channel's settings; new channels start from the configured defaults. */
public record ChannelSettings(int digestSize, Layout layout, Schedule schedule, boolean paused, String pausedReason) {

    public ChannelSettings {
        pausedReason = pausedReason == null ? "" : pausedReason;
    }

    public ChannelSettings withSize(int size) {
        return new ChannelSettings(size, layout, schedule, paused, pausedReason);
    }

    public ChannelSettings withLayout(Layout newLayout) {
        return new ChannelSettings(digestSize, newLayout, schedule, paused, pausedReason);
    }

    public ChannelSettings withSchedule(Schedule newSchedule) {
        return new ChannelSettings(digestSize, layout, newSchedule, paused, pausedReason);
    }

    public ChannelSettings paused(String reason) {
        return new ChannelSettings(digestSize, layout, schedule, true, reason);
    }

    public ChannelSettings resumed() {
        return new ChannelSettings(digestSize, layout, schedule, false, "");
    }
}
