package dev.paperboy.schedule;

import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.DigestRunStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels' digest triggers in Quartz: one per channel with a schedule, set to the next instant
 * {@link FireTimes} gives and set again by the job when that digest is done; none for a paused or unscheduled
 * channel. {@code QuartzDigestScheduler} owns the scheduler and its life; this keeps the triggers matching the channels.
 */
final class ChannelTriggers {

    static final String DIGESTS = "digests";
    /** The job every channel's trigger fires, and the trigger data naming the channel. */
    static final JobKey DIGEST_JOB = new JobKey("digest", "paperboy");
    static final String CHANNEL_ID = "channelId";
    /** A channel's trigger is never set earlier than this before now: older fire times are not worth a log line each. */
    static final Duration CATCH_UP = Duration.ofDays(7);

    // Logged under the scheduler's name, as these lines always were: a filter on logger=QuartzDigestScheduler still matches.
    private static final Logger log = LoggerFactory.getLogger("dev.paperboy.schedule.QuartzDigestScheduler");

    private final Scheduler quartz;
    private final ChannelStore channels;
    private final DigestRunStore runs;
    private final Clock clock;

    ChannelTriggers(Scheduler quartz, ChannelStore channels, DigestRunStore runs, Clock clock) {
        this.quartz = quartz;
        this.channels = channels;
        this.runs = runs;
        this.clock = clock;
    }

    /** The channel's next digest: its trigger's next fire time, else what its schedule gives; none when it has no schedule. */
    Optional<Instant> next(Channel channel) {
        if (!wanted(channel)) {
            return Optional.empty();
        }
        try {
            Trigger trigger = quartz.getTrigger(key(channel.id()));
            if (trigger != null && trigger.getNextFireTime() != null) {
                return Optional.of(trigger.getNextFireTime().toInstant());
            }
        } catch (SchedulerException e) {
            log.debug("no trigger read for channel={}: {}", channel.ref(), e.getMessage());
        }
        return FireTimes.next(channel.settings().schedule(), clock.instant());
    }

    /** After the digest due at {@code fireTime}: set the channel's trigger to its next fire time. */
    void planAfter(long channelId, Instant fireTime) throws SchedulerException {
        Optional<Channel> channel = channels.find(channelId);
        if (channel.isEmpty()) {
            quartz.unscheduleJob(key(channelId));
            return;
        }
        Instant floor = clock.instant().minus(CATCH_UP);
        plan(channel.get(), fireTime.isBefore(floor) ? floor : fireTime);
    }

    /**
     * Makes Quartz's triggers match the channels: one for each channel with a schedule, at a fire time of that
     * schedule; none for the others. New channels get their trigger here (within a minute of their first command).
     */
    void sync() throws SchedulerException {
        Instant now = clock.instant();
        Set<TriggerKey> existing = quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(DIGESTS));
        Set<TriggerKey> kept = new HashSet<>();
        for (Channel channel : channels.all()) {
            if (!wanted(channel)) {
                continue;
            }
            TriggerKey key = key(channel.id());
            kept.add(key);
            Trigger trigger = existing.contains(key) ? quartz.getTrigger(key) : null;
            if (trigger != null && trigger.getNextFireTime() != null && fits(channel, trigger.getNextFireTime().toInstant())) {
                continue;
            }
            // From the last fire time handled, so a fire time missed while the trigger was missing still fires.
            Instant from = channel.createdAt();
            Optional<Instant> last = runs.lastRun(channel.id());
            if (last.isPresent() && last.get().isAfter(from)) {
                from = last.get();
            }
            if (from.isBefore(now.minus(CATCH_UP))) {
                from = now.minus(CATCH_UP);
            }
            plan(channel, from);
        }
        for (TriggerKey key : existing) {
            if (!kept.contains(key)) {
                quartz.unscheduleJob(key);
                log.info("digest trigger removed trigger={}", key.getName());
            }
        }
    }

    private static boolean fits(Channel channel, Instant next) {
        return FireTimes.next(channel.settings().schedule(), next.minusMillis(1)).filter(next::equals).isPresent();
    }

    void plan(Channel channel, Instant after) throws SchedulerException {
        TriggerKey key = key(channel.id());
        Optional<Instant> next = wanted(channel) ? FireTimes.next(channel.settings().schedule(), after) : Optional.empty();
        if (next.isEmpty()) {
            quartz.unscheduleJob(key);
            return;
        }
        Trigger trigger = newTrigger().withIdentity(key).forJob(DIGEST_JOB)
                .usingJobData(CHANNEL_ID, Long.toString(channel.id()))
                .startAt(Date.from(next.get()))
                .withSchedule(simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
                .build();
        if (quartz.rescheduleJob(key, trigger) == null) {
            try {
                quartz.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException e) {
                quartz.rescheduleJob(key, trigger);
            }
        }
        log.debug("digest trigger set channel={} next={}", channel.ref(), next.get());
    }

    private static boolean wanted(Channel channel) {
        return !channel.settings().paused() && channel.settings().schedule().enabled() && !channel.settings().schedule().days().isEmpty();
    }

    static TriggerKey key(long channelId) {
        return new TriggerKey("channel-" + channelId, DIGESTS);
    }
}
