package dev.paperboy.schedule;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fired by a channel's trigger at one of its schedule's fire times (or later, after a misfire: the scheduled
 * time is what names the digest). Posts it through {@link ScheduledDigests}, then sets the trigger to the next
 * fire time; a crash before that leaves the trigger spent, and upkeep's sync sets it again.
 */
final class DigestJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final QuartzDigestScheduler schedules;
    private final ScheduledDigests digests;

    DigestJob(QuartzDigestScheduler schedules, ScheduledDigests digests) {
        this.schedules = schedules;
        this.digests = digests;
    }

    @Override
    public void execute(JobExecutionContext context) {
        long channelId = Long.parseLong(context.getMergedJobDataMap().getString(QuartzDigestScheduler.CHANNEL_ID));
        Instant fireTime = context.getScheduledFireTime().toInstant();
        try {
            digests.fire(channelId, fireTime);
        } catch (RuntimeException e) {
            // Logged here: Quartz reports a job's failure below the level we show. The run stays open and is
            // resumed once its lease lapses; the schedule goes on regardless.
            log.error("digest channel_id={} due={} failed; it is tried again once its lease lapses", channelId, fireTime, e);
        } finally {
            try {
                schedules.planAfter(channelId, fireTime);
            } catch (SchedulerException | RuntimeException e) {
                log.warn("next digest of channel_id={} not planned; upkeep retries: {}", channelId, e.getMessage());
            }
        }
    }
}
