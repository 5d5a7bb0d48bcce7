package dev.paperboy.channel;

import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.QualityBar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A channel's schedule, size and layout, and {@code /papers settings}. Each change writes only the setting it
 * changes ({@link ChannelStore#updateSettings}), so a pause or another member's change made meanwhile stays.
 */
final class SettingsHandler {

    private final ChannelStore channels;
    private final ChannelSettings defaults;
    private final DigestScheduler scheduler;
    private final DigestPlanner planner;

    SettingsHandler(ChannelStore channels, ChannelSettings defaults, DigestScheduler scheduler, DigestPlanner planner) {
        this.planner = planner;
        this.channels = channels;
        this.defaults = defaults;
        this.scheduler = scheduler;
    }

    /**
     * Starts the configured schedule in a channel that never asked for digests, and says so; empty when the channel
     * already had a schedule (on or deliberately off) or none is configured.
     */
    Optional<String> startIfNew(Channel channel, Instant now) {
        if (channel.settings().schedule().started() || !defaults.schedule().enabled()) {
            return Optional.empty();
        }
        Schedule start = defaults.schedule();
        channels.updateSettings(channel.id(), channel.settings(), channel.settings().withSchedule(start), now);
        Channel updated = channels.find(channel.id()).orElseThrow();
        scheduler.scheduleChanged(updated);
        return Optional.of("From now on Paperboy posts a digest here " + start.describe()
                + nextDigest(updated).map(t -> " (the next one " + t + ")").orElse("")
                + "; `/papers schedule off` stops that, `/papers schedule <HH:MM>` moves it.");
    }

    Reply schedule(Channel channel, PapersCommand.ScheduleAt command, Instant now) {
        Schedule current = channel.settings().schedule();
        Schedule next = new Schedule(true, command.time(), command.zone().orElse(current.zone()),
                command.days().orElse(current.days().isEmpty() ? defaults.schedule().days() : current.days()));
        // Someone setting the schedule in the channel shows the bot is welcome there again: a paused channel resumes.
        channels.updateSettings(channel.id(), channel.settings(), channel.settings().withSchedule(next).resumed(), now);
        Channel updated = channels.find(channel.id()).orElseThrow();
        scheduler.scheduleChanged(updated);
        String resumed = channel.settings().paused() ? " Scheduled digests had been paused (" + channel.settings().pausedReason()
                + "); they are on again." : "";
        return Reply.ok("Digests scheduled for " + next.describe() + nextDigest(updated).map(t -> "; the next one is " + t).orElse("")
                + "." + resumed + " `/papers schedule off` stops them.");
    }

    Reply scheduleOff(Channel channel, Instant now) {
        channels.updateSettings(channel.id(), channel.settings(), channel.settings().withSchedule(channel.settings().schedule().off()), now);
        channels.find(channel.id()).ifPresent(scheduler::scheduleChanged);
        return Reply.ok("Scheduled digests are off. `/papers digest` still works; `/papers schedule 09:00` turns them back on.");
    }

    Reply size(Channel channel, int size, Instant now) {
        channels.updateSettings(channel.id(), channel.settings(), channel.settings().withSize(size), now);
        return Reply.ok("Digests now carry up to " + size + " papers.");
    }

    Reply layout(Channel channel, Layout layout, Instant now) {
        channels.updateSettings(channel.id(), channel.settings(), channel.settings().withLayout(layout), now);
        return Reply.ok(layout == Layout.THREAD ? "Papers now go in a thread under each digest's header."
                : "Papers now go in the channel, one message each.");
    }

    Reply bar(Channel channel, QualityBar bar, Instant now) {
        channels.updateSettings(channel.id(), channel.settings(), channel.settings().withBar(bar), now);
        return Reply.ok(switch (bar.kind()) {
            case OFF -> "The bar is off: every digest posts its best papers.";
            case AUTO -> "The bar is `auto`: this channel's votes set it. " + planner.bar(channel.id(), bar, now).describe()
                    + ". A quiet day posts fewer papers or none; `/papers digest` shows the best anyway.";
            default -> String.format(Locale.ROOT, "Scheduled digests now post only papers at least %.0f%% likely to be liked here;"
                    + " a quiet day posts fewer or none. `/papers digest` shows the best anyway.", bar.value() * 100);
        });
    }

    String describe(Channel channel, Instant now) {
        ChannelSettings s = channel.settings();
        String tags = channel.tags().isEmpty() ? "none (every paper is a candidate)"
                : new TreeSet<>(channel.tags()).stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        String schedule = s.schedule().started() ? s.schedule().describe()
                : "none yet (`/papers subscribe`, `/papers schedule`, `/papers seed` or `/papers digest` start daily digests)";
        return "Tags: " + tags
                + "\nDigest: up to " + s.digestSize() + " papers, " + (s.layout() == Layout.THREAD ? "in a thread under the header" : "each in the channel")
                + "\nSchedule: " + schedule
                + (s.paused() ? "" : nextDigest(channel).map(t -> " (next digest " + t + ")").orElse(""))
                + "\nBar: " + planner.bar(channel.id(), s.bar(), now).describe()
                + "\nStatus: " + (s.paused() ? "paused (" + s.pausedReason() + ")" : "active");
    }

    /** When the channel's next digest is due, in its own zone: "Mon 7 Jul 09:00 Europe/Berlin". */
    private Optional<String> nextDigest(Channel channel) {
        if (channel.id() == CommandHandler.UNSAVED || !channel.settings().schedule().enabled()) {
            return Optional.empty();
        }
        var zone = channel.settings().schedule().zone();
        return scheduler.nextDigest(channel).map(t -> DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
                .format(t.atZone(zone)) + " " + zone.getId());
    }
}
