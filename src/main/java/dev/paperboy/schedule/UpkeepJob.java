package dev.paperboy.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code schedule.tick-seconds}: hands digest runs whose process died or that wait to be tried again to the
 * digest threads ({@link RecoverJob}), and gives new channels their trigger. On one instance of the cluster at a
 * time; each instance also finishes open runs it can post on its own timer (a run found here may fall to an
 * instance without the channel's platform, which leaves it).
 */
@DisallowConcurrentExecution
final class UpkeepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(UpkeepJob.class);

    private final QuartzDigestScheduler schedules;
    private final ScheduledDigests digests;

    UpkeepJob(QuartzDigestScheduler schedules, ScheduledDigests digests) {
        this.schedules = schedules;
        this.digests = digests;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            // Each open run is finished on the digest threads, side by side: after a long chat outage there may be
            // many, and posting them one after another here would hold up upkeep (and new channels' triggers) for long.
            schedules.recoverInParallel(digests.stalled());
        } catch (SchedulerException | RuntimeException e) {
            log.error("recovering open digest runs failed; retrying next round", e);
        }
        try {
            schedules.sync();
        } catch (SchedulerException | RuntimeException e) {
            log.error("syncing channel triggers failed; retrying next round", e);
        }
    }
}
