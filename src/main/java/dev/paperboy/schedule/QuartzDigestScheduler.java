package dev.paperboy.schedule;

import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.DigestRunStore;
import dev.paperboy.channel.DigestScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.SchedulerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paperboy's Quartz scheduler: one trigger per channel that has a schedule, one for the ingest, one for upkeep.
 * A channel's trigger fires once, at the next instant {@link FireTimes} gives (Quartz's own cron skips a local
 * time that a DST change removes), and its job plans the next one when it is done. Missed fire times fire on
 * recovery with their original time (misfire policy "ignore"), so the grace window can judge each.
 */
public final class QuartzDigestScheduler implements DigestScheduler, AutoCloseable {

    static final JobKey DIGEST_JOB = ChannelTriggers.DIGEST_JOB;
    static final JobKey INGEST_JOB = new JobKey("ingest", "paperboy");
    static final JobKey UPKEEP_JOB = new JobKey("upkeep", "paperboy");
    static final JobKey RECOVER_JOB = new JobKey("recover", "paperboy");
    static final String RECOVERIES = "recoveries";
    static final String FIRE_TIME = "fireTime";
    /** The trigger data naming a channel, for the digest and the recover job alike. */
    static final String CHANNEL_ID = ChannelTriggers.CHANNEL_ID;

    private static final Logger log = LoggerFactory.getLogger(QuartzDigestScheduler.class);

    private final Scheduler quartz;
    private final Clock clock;
    private final ChannelTriggers triggers;
    /** The scheduled fetch, once {@link #start} gave it. */
    private volatile ScheduledIngest ingest;
    /**
     * Each instance finishes open runs on its own timer, not only in the cluster's one upkeep job: Quartz may run
     * that job on an instance without the runs' platform, which leaves them, so every instance must look.
     */
    private final java.util.concurrent.ScheduledExecutorService recovery = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paperboy-recovery");
        t.setDaemon(true);
        return t;
    });

    private QuartzDigestScheduler(Scheduler quartz, ChannelStore channels, DigestRunStore runs, Clock clock) {
        this.quartz = quartz;
        this.clock = clock;
        this.triggers = new ChannelTriggers(quartz, channels, runs, clock);
    }

    /** Creates the scheduler on standby: schedules can be changed, nothing fires until {@link #start}. */
    public static QuartzDigestScheduler open(QuartzSettings settings, ChannelStore channels, DigestRunStore runs, Clock clock) {
        try {
            Scheduler quartz = new StdSchedulerFactory(settings.properties()).getScheduler();
            // This object owns the scheduler, not Quartz's JVM-wide registry; so two can share a name in one JVM (tests).
            SchedulerRepository.getInstance().remove(quartz.getSchedulerName());
            // The jobs' definitions are stored now, so a channel's trigger can be set before start.
            quartz.addJob(JobBuilder.newJob(DigestJob.class).withIdentity(DIGEST_JOB).storeDurably().build(), true);
            quartz.addJob(JobBuilder.newJob(IngestJob.class).withIdentity(INGEST_JOB).storeDurably().build(), true);
            quartz.addJob(JobBuilder.newJob(UpkeepJob.class).withIdentity(UPKEEP_JOB).storeDurably().build(), true);
            quartz.addJob(JobBuilder.newJob(RecoverJob.class).withIdentity(RECOVER_JOB).storeDurably().build(), true);
            return new QuartzDigestScheduler(quartz, channels, runs, clock);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a Quartz cron expression (six or seven fields, seconds first) and returns it, or says what is wrong.
     */
    public static String checkCron(String key, String cron) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException(key + " must be a Quartz cron expression such as \"0 10 0/6 * * ?\" "
                    + "(seconds minutes hours day-of-month month day-of-week), got \"" + cron + "\"");
        }
        return cron;
    }

    /** Registers the jobs, queues runs left open to be finished, sets every channel's trigger, and starts firing. */
    public void start(ScheduledDigests digests, ScheduledIngest ingest, String ingestCron, ZoneId ingestZone, Duration upkeepEvery) {
        this.ingest = ingest;
        try {
            quartz.setJobFactory(new Jobs(this, digests, ingest));
            keepOrReplace(newTrigger().withIdentity("ingest", "paperboy").forJob(INGEST_JOB)
                    .withSchedule(cronSchedule(ingestCron).inTimeZone(TimeZone.getTimeZone(ingestZone))
                            .withMisfireHandlingInstructionFireAndProceed()).build());
            keepOrReplace(newTrigger().withIdentity("upkeep", "paperboy").forJob(UPKEEP_JOB)
                    .withSchedule(simpleSchedule().withIntervalInMilliseconds(upkeepEvery.toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount()).build());
            // Started first, so this instance is a live member of the cluster before it resumes anyone's runs; runs left
            // open (a crash, an outage) are then finished on the digest threads, side by side, not one after another here.
            quartz.start();
            recoverInParallel(digests.stalled());
            sync();
            long every = upkeepEvery.toMillis();
            recovery.scheduleWithFixedDelay(() -> {
                try {
                    digests.recover();
                } catch (RuntimeException e) {
                    log.error("recovering open digest runs failed; retrying next round", e);
                }
            }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
            log.info("scheduler started instance={} ingest_cron='{}' ingest_zone={}", quartz.getSchedulerInstanceId(), ingestCron, ingestZone);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** A trigger that survives restarts unchanged unless its definition changed, so a missed ingest still fires once. */
    private void keepOrReplace(Trigger wanted) throws SchedulerException {
        Trigger existing = quartz.getTrigger(wanted.getKey());
        if (existing != null && sameDefinition(existing, wanted)) {
            return;
        }
        if (existing == null) {
            try {
                quartz.scheduleJob(wanted);
                return;
            } catch (ObjectAlreadyExistsException e) {
                // Another instance starting at the same moment set it first.
            }
        }
        quartz.rescheduleJob(wanted.getKey(), wanted);
    }

    private static boolean sameDefinition(Trigger a, Trigger b) {
        if (a instanceof CronTrigger ca && b instanceof CronTrigger cb) {
            return ca.getCronExpression().equals(cb.getCronExpression()) && ca.getTimeZone().getID().equals(cb.getTimeZone().getID());
        }
        if (a instanceof SimpleTrigger sa && b instanceof SimpleTrigger sb) {
            return sa.getRepeatInterval() == sb.getRepeatInterval();
        }
        return false;
    }

    @Override
    public void scheduleChanged(Channel channel) {
        try {
            triggers.plan(channel, clock.instant());
        } catch (SchedulerException e) {
            // The upkeep job's sync sets the trigger right within a minute.
            log.warn("could not update the trigger of channel={} now; upkeep retries: {}", channel.ref(), e.getMessage());
        }
    }

    @Override
    public Optional<Instant> nextDigest(Channel channel) {
        return triggers.next(channel);
    }

    /** After the digest due at {@code fireTime}: set the channel's trigger to its next fire time. */
    void planAfter(long channelId, Instant fireTime) throws SchedulerException {
        triggers.planAfter(channelId, fireTime);
    }

    /** Makes Quartz's triggers match the channels (upkeep, and start). */
    void sync() throws SchedulerException {
        triggers.sync();
    }

    static TriggerKey key(long channelId) {
        return ChannelTriggers.key(channelId);
    }


    /** For tests: the Quartz scheduler itself. */
    Scheduler quartz() {
        return quartz;
    }

    /**
     * Fires one {@link RecoverJob} per run now, on the scheduler's threads, so open runs are finished side by side.
     * A run already waiting for its job is not queued twice (the trigger's name is the run's).
     */
    void recoverInParallel(List<DigestRun> stalled) throws SchedulerException {
        for (DigestRun run : stalled) {
            TriggerKey key = new TriggerKey("run-" + run.channelId() + "-" + run.fireTime().toEpochMilli(), RECOVERIES);
            Trigger trigger = newTrigger().withIdentity(key).forJob(RECOVER_JOB)
                    .usingJobData(CHANNEL_ID, Long.toString(run.channelId()))
                    .usingJobData(FIRE_TIME, run.fireTime().toString())
                    .startNow()
                    .withSchedule(simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            try {
                quartz.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException e) {
                // Queued by an earlier round, or by another instance: one job per run is enough.
            }
        }
    }

    /** Runs the scheduled ingest now, on the scheduler's threads (never beside another ingest): a first start's fetch. */
    public void ingestNow() {
        try {
            quartz.triggerJob(INGEST_JOB);
        } catch (SchedulerException e) {
            log.warn("could not start a fetch now; the ingest schedule runs it: {}", e.getMessage());
        }
    }

    /** True once {@link #start} ran and until the scheduler stops: what readiness reports. */
    public boolean started() {
        try {
            return quartz.isStarted() && !quartz.isShutdown() && !quartz.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /**
     * Stops firing at once, cuts a fetch in progress short, and waits up to {@code limit} for the digests running now
     * (one mid-post) to finish. Returns false when some job was still running at the limit: its digest run stays open
     * under its lease and is finished by the next start or another instance, as after a crash.
     */
    public boolean stop(Duration limit) {
        Thread stopping = new Thread(this::close, "scheduler-stop");
        stopping.setDaemon(true);
        stopping.start();
        try {
            stopping.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !stopping.isAlive();
    }

    /**
     * Stops firing; cuts a fetch in progress short (it stores nothing half, and its days are fetched again next
     * time); waits for the digests running now to finish, so none is cut off mid-post by a clean stop.
     */
    @Override
    public void close() {
        ScheduledIngest fetching = ingest;
        if (fetching != null) {
            // Also a fetch Quartz has fired but not yet begun: it ends at once.
            log.info("stopping: cutting the fetch in progress short; its days are fetched again next time");
            fetching.stop();
        }
        recovery.shutdown();
        try {
            // A digest resumed by recovery is finished like a job's: not cut off mid-post by a clean stop.
            if (!recovery.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                recovery.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recovery.shutdownNow();
        }
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("scheduler shutdown: {}", e.getMessage());
        }
    }
}
