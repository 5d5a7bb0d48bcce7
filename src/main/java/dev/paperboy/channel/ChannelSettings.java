package dev.paperboy.channel;

import dev.paperboy.recommend.QualityBar;

/** A channel's settings; new channels start from the configured defaults. */
public record ChannelSettings(int digestSize, Layout layout, Schedule schedule, boolean paused, String pausedReason, QualityBar bar) {

    public ChannelSettings {
        pausedReason = pausedReason == null ? "" : pausedReason;
        bar = bar == null ? QualityBar.UNSET : bar;
    }

    /** Settings with the default bar. */
    public ChannelSettings(int digestSize, Layout layout, Schedule schedule, boolean paused, String pausedReason) {
        this(digestSize, layout, schedule, paused, pausedReason, QualityBar.UNSET);
    }

    public ChannelSettings withSize(int size) {
        return new ChannelSettings(size, layout, schedule, paused, pausedReason, bar);
    }

    public ChannelSettings withLayout(Layout newLayout) {
        return new ChannelSettings(digestSize, newLayout, schedule, paused, pausedReason, bar);
    }

    public ChannelSettings withSchedule(Schedule newSchedule) {
        return new ChannelSettings(digestSize, layout, newSchedule, paused, pausedReason, bar);
    }

    public ChannelSettings withBar(QualityBar newBar) {
        return new ChannelSettings(digestSize, layout, schedule, paused, pausedReason, newBar);
    }

    public ChannelSettings paused(String reason) {
        return new ChannelSettings(digestSize, layout, schedule, true, reason, bar);
    }

    public ChannelSettings resumed() {
        return new ChannelSettings(digestSize, layout, schedule, false, "", bar);
    }
}
