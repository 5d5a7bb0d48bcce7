package dev.paperboy.schedule;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.channel.DigestService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires every scheduled digest due up to a given instant, in time order across channels. Each (channel, fire
 * time) is claimed first; a fire time already claimed is never posted again. A fire time older than the grace
 * window is skipped and logged, so a bot that was down for days does not flood its channels.
 */
public final class DigestTicker {

    /** A digest that fired, for the caller to report. */
    public record Fired(long channelId, Instant fireTime, int papers) {
    }

    private static final Logger log = LoggerFactory.getLogger(DigestTicker.class);

    private final ChannelStore channels;
    private final DeliveryStore deliveries;
    private final DigestService digests;
    private final Optional<Duration> grace;

    /**
     * @param grace how late a digest may still be posted; empty for a simulated clock, where nothing is late
     */
    public DigestTicker(ChannelStore channels, DeliveryStore deliveries, DigestService digests, Optional<Duration> grace) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.digests = digests;
        this.grace = grace;
    }

    public List<Fired> tick(Instant now) {
        record Due(Channel channel, Instant at) {
        }
        List<Due> due = new ArrayList<>();
        for (Channel channel : channels.all()) {
            if (channel.settings().paused() || !channel.settings().schedule().enabled()) {
                continue;
            }
            Instant from = deliveries.lastRun(channel.id()).filter(t -> t.isAfter(channel.createdAt())).orElse(channel.createdAt());
            FireTimes.between(channel.settings().schedule(), from, now).forEach(t -> due.add(new Due(channel, t)));
        }
        due.sort(Comparator.comparing(Due::at).thenComparing(d -> d.channel().id()));
        List<Fired> fired = new ArrayList<>();
        for (Due d : due) {
            if (!deliveries.claimRun(d.channel().id(), d.at(), now)) {
                continue;
            }
            if (grace.isPresent() && d.at().plus(grace.get()).isBefore(now)) {
                log.warn("skipped digest channel={} due={}: more than {} late", d.channel().ref(), d.at(), grace.get());
                continue;
            }
            // Re-read: an earlier digest in this tick may have paused the channel.
            Optional<Channel> current = channels.find(d.channel().id());
            if (current.isEmpty() || current.get().settings().paused()) {
                continue;
            }
            DigestService.Outcome outcome = digests.post(current.get(), current.get().settings().digestSize(), d.at());
            fired.add(new Fired(d.channel().id(), d.at(), outcome.posted()));
        }
        return fired;
    }
}
