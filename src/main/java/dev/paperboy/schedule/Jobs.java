package dev.paperboy.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds Paperboy's jobs with their services, by hand, as Wiring builds everything else. */
final class Jobs implements JobFactory {

    private final QuartzDigestScheduler schedules;
    private final ScheduledDigests digests;
    private final ScheduledIngest ingest;

    Jobs(QuartzDigestScheduler schedules, ScheduledDigests digests, ScheduledIngest ingest) {
        this.schedules = schedules;
        this.digests = digests;
        this.ingest = ingest;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == DigestJob.class) {
            return new DigestJob(schedules, digests);
        }
        if (type == IngestJob.class) {
            return new IngestJob(ingest);
        }
        if (type == RecoverJob.class) {
            return new RecoverJob(digests);
        }
        if (type == UpkeepJob.class) {
            return new UpkeepJob(schedules, digests);
        }
        throw new SchedulerException("no such Paperboy job: " + type.getName());
    }
}
