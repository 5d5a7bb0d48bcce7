package dev.paperboy.schedule;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.DigestRunStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fires every scheduled digest due up to a given instant, in time order across channels, for a process that
 * keeps its own time (the console, whose clock is the session's). It works out the due fire times itself with
 * {@link FireTimes}, as Quartz's triggers do in the bot, and fires each through {@link ScheduledDigests}: the
 * same claim, post, retry and grace window as a Quartz job.
 */
public final class DigestTicker {

    private final ChannelStore channels;
    private final DigestRunStore runs;
    private final ScheduledDigests scheduled;

    public DigestTicker(ChannelStore channels, DigestRunStore runs, ScheduledDigests scheduled) {
        this.channels = channels;
        this.runs = runs;
        this.scheduled = scheduled;
    }

    /** Finishes runs left open, then fires what is due at {@code now}; returns what happened to each fire time. */
    public List<ScheduledDigests.Fired> tick(Instant now) {
        record Due(Channel channel, Instant at) {
        }
        List<ScheduledDigests.Fired> fired = new ArrayList<>(scheduled.recover());
        List<Due> due = new ArrayList<>();
        for (Channel channel : channels.all()) {
            if (channel.settings().paused() || !channel.settings().schedule().enabled()) {
                continue;
            }
            Instant from = runs.lastRun(channel.id()).filter(t -> t.isAfter(channel.createdAt())).orElse(channel.createdAt());
            FireTimes.between(channel.settings().schedule(), from, now).forEach(t -> due.add(new Due(channel, t)));
        }
        due.sort(Comparator.comparing(Due::at).thenComparing(d -> d.channel().id()));
        for (Due d : due) {
            fired.add(scheduled.fire(d.channel().id(), d.at()));
        }
        return fired;
    }
}
