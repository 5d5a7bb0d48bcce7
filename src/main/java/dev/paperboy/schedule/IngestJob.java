package dev.paperboy.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches new papers from every configured source, on the ingest cron; never two at once. A stopping scheduler cuts
 * it short through {@link ScheduledIngest#stop} (stopping waits only for digests).
 */
@DisallowConcurrentExecution
final class IngestJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(IngestJob.class);

    private final ScheduledIngest ingest;

    IngestJob(ScheduledIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            ingest.run();
        } catch (RuntimeException e) {
            log.error("scheduled ingest failed; the next one runs on schedule", e);
        }
    }
}
