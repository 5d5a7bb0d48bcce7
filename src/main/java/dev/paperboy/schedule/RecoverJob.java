package dev.paperboy.schedule;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes one digest run left open (its process died, or the chat platform kept failing), on a digest thread:
 * upkeep queues one of these per open run, so after a long outage they are posted side by side.
 */
final class RecoverJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(RecoverJob.class);

    private final ScheduledDigests digests;

    RecoverJob(ScheduledDigests digests) {
        this.digests = digests;
    }

    @Override
    public void execute(JobExecutionContext context) {
        long channelId = Long.parseLong(context.getMergedJobDataMap().getString(QuartzDigestScheduler.CHANNEL_ID));
        Instant fireTime = Instant.parse(context.getMergedJobDataMap().getString(QuartzDigestScheduler.FIRE_TIME));
        try {
            digests.recover(channelId, fireTime);
        } catch (RuntimeException e) {
            log.error("recovering digest channel_id={} due={} failed; upkeep tries again", channelId, fireTime, e);
        }
    }
}
