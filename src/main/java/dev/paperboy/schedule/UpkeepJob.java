package dev.paperboy.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code schedule.tick-seconds}: gives new channels their trigger, and finishes digest runs whose process
 * died or that wait to be tried again (each instance also does so on its own timer). On one instance of the
 * cluster at a time.
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
            digests.recover();
        } catch (RuntimeException e) {
            log.error("recovering open digest runs failed; retrying next round", e);
        }
        try {
            schedules.sync();
        } catch (SchedulerException | RuntimeException e) {
            log.error("syncing channel triggers failed; retrying next round", e);
        }
    }
}
