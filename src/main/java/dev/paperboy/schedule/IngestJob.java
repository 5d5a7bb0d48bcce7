package dev.paperboy.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches new papers from every configured source (Wiring.scheduledIngest), on the ingest cron; never two at once. */
@DisallowConcurrentExecution
final class IngestJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(IngestJob.class);

    private final Runnable ingest;

    IngestJob(Runnable ingest) {
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
