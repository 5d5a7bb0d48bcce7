package dev.paperboy.schedule;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.DigestRunStore;
import dev.paperboy.channel.DigestScheduler;
import dev.paperboy.channel.DigestService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every scheduled digest takes, whoever fires it (a Quartz job, the console's tick): claim the
 * (channel, fire time) run, post the digest, record how it ended. A fire time later than the grace window is
 * skipped and logged. A run left open, because its process died or because the chat platform kept failing, is
 * finished by {@link #recover()} once its lease lapses: resumed where it stopped (what was in flight is looked for
 * in the channel first), or closed when it is too late. Only a process that can post to the channel's platform
 * takes a run; the others leave it. docs/DELIVERY.md explains why this posts each digest exactly once. */
public final class ScheduledDigests {

    /** How a fire time ended for this call. */
    public enum Result {
        /** Posted now (perhaps only the rest of a digest resumed after a crash). */
        POSTED,
        /** Nothing new to post for the channel. */
        EMPTY,
        /** Not posted and never will be: late, paused, off, or the channel is gone. */
        SKIPPED,
        /** Another call or process claimed it first. */
        TAKEN,
        /** The chat platform kept failing; the run is tried again later, within the grace window. */
        RETRY_LATER,
        /** Given up: the platform refused, the channel is unavailable, or retries ran out. */
        FAILED,
        /** Another process took the run over while this one was posting it. */
        HANDED_OVER,
        /** Its header's post went unanswered and the platform cannot say whether it arrived; it is not posted again. */
        ABANDONED,
        /** This process cannot post to the channel's platform: the run is left for an instance that can. */
        LEFT
    }

    /** What happened to one fire time. */
    public record Fired(long channelId, Instant fireTime, Result result, int papers) {
    }

    private static final Logger log = LoggerFactory.getLogger(ScheduledDigests.class);
    /** A run tried this many times without finishing is given up, grace window or not. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LAST_RETRY = Duration.ofMinutes(30);
    /** Longer than any gap between two renewals of a live owner's lease (it renews at least every {@code DigestService.RENEW_EVERY}). */
    static final Duration ORPHAN_SILENCE = Duration.ofSeconds(45);

    private final ChannelStore channels;
    private final DigestRunStore runs;
    private final DigestService digests;
    private final DigestScheduler scheduler;
    private final Clock clock;
    private final Optional<Duration> grace;
    private final Duration lease;
    private final String owner;
    private volatile Observer observer = (platform, fired, late) -> { };

    /**
     * @param grace how late a digest may still be posted; empty for a simulated clock, where nothing is late
     * @param lease how long a run stays this process's without news from it; longer than one post with its retries
     * @param owner this process's name in the runs it claims, unique among the processes sharing the database
     */
    public ScheduledDigests(ChannelStore channels, DigestRunStore runs, DigestService digests, DigestScheduler scheduler,
                            Clock clock, Optional<Duration> grace, Duration lease, String owner) {
        this.channels = channels;
        this.runs = runs;
        this.digests = digests;
        this.scheduler = scheduler;
        this.clock = clock;
        this.grace = grace;
        this.lease = lease;
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }

    /** Told how each fire time this process handled ended, with the channel's platform: the bot's metrics. */
    public interface Observer {
        void ended(String platform, Fired fired, boolean late);
    }

    public void observe(Observer observer) {
        this.observer = observer;
    }

    private Fired observed(Fired fired) {
        if (fired.result() != Result.TAKEN) {
            boolean skippedLate = fired.result() == Result.SKIPPED && late(fired.fireTime(), clock.instant());
            channels.find(fired.channelId()).ifPresent(c -> observer.ended(c.ref().platform(), fired, skippedLate));
        }
        return fired;
    }

    /** Fires the channel's digest due at {@code fireTime}, unless some process fired it before. */
    public Fired fire(long channelId, Instant fireTime) {
        return observed(fireUnobserved(channelId, fireTime));
    }

    private Fired fireUnobserved(long channelId, Instant fireTime) {
        Instant now = clock.instant();
        Optional<Channel> found = channels.find(channelId);
        if (found.isEmpty()) {
            log.info("digest channel_id={} due={} not fired: the channel is gone", channelId, fireTime);
            return new Fired(channelId, fireTime, Result.SKIPPED, 0);
        }
        Channel channel = found.get();
        Optional<String> unwanted = unwanted(channel);
        if (unwanted.isPresent()) {
            runs.skip(channelId, fireTime, unwanted.get(), now);
            return new Fired(channelId, fireTime, Result.SKIPPED, 0);
        }
        if (late(fireTime, now)) {
            if (runs.skip(channelId, fireTime, "late: not posted more than " + grace.orElseThrow() + " after its time", now)) {
                log.warn("skipped digest channel={} due={} now={}: more than {} late", channel.ref(), fireTime, now, grace.orElseThrow());
            }
            return new Fired(channelId, fireTime, Result.SKIPPED, 0);
        }
        if (!digests.serves(channel.ref())) {
            // Claimed with its lease already lapsed: the upkeep of an instance that has the platform takes it at once.
            if (runs.claim(channelId, fireTime, owner, now, now)) {
                log.info("digest channel={} due={} left for an instance with {}: none runs here", channel.ref(), fireTime, channel.ref().platform());
            }
            return new Fired(channelId, fireTime, Result.LEFT, 0);
        }
        if (!runs.claim(channelId, fireTime, owner, now, now.plus(lease))) {
            return new Fired(channelId, fireTime, Result.TAKEN, 0);
        }
        return deliver(channel, new DigestRun(channelId, fireTime, DigestRun.State.PENDING, owner, Optional.of(now.plus(lease)),
                Optional.empty(), 0, 1, "", Optional.empty()));
    }

    /** Finishes every run whose lease has lapsed: resumes it, or closes it when it cannot be posted safely. */
    public List<Fired> recover() {
        Instant now = clock.instant();
        List<Fired> out = new ArrayList<>();
        for (DigestRun run : runs.stalled(now, orphanLease(now))) {
            out.add(observed(recover(run, now)));
        }
        return out;
    }

    /** The runs whose lease has lapsed now, for a caller that finishes each on its own thread ({@link #recover(long, Instant)}). */
    public List<DigestRun> stalled() {
        Instant now = clock.instant();
        return runs.stalled(now, orphanLease(now));
    }

    /** Finishes one run if its lease has still lapsed (another thread or process may have finished it meanwhile). */
    public Optional<Fired> recover(long channelId, Instant fireTime) {
        Instant now = clock.instant();
        return runs.stalled(now, orphanLease(now)).stream().filter(r -> r.channelId() == channelId && r.fireTime().equals(fireTime)).findFirst()
                .map(run -> observed(recover(run, now)));
    }

    private Fired recover(DigestRun run, Instant now) {
        long id = run.channelId();
        Optional<Channel> channel = channels.find(id);
        Optional<String> why = channel.isEmpty() ? Optional.of("the channel is gone") : unwanted(channel.get());
        if (why.isEmpty() && late(run.fireTime(), now)) {
            why = Optional.of("late: not finished within " + grace.orElseThrow() + " of its time");
        } else if (why.isEmpty() && run.attempts() >= MAX_ATTEMPTS) {
            why = Optional.of("gave up after " + run.attempts() + " tries: " + run.note());
        }
        if (why.isPresent()) {
            DigestRun.State end = run.headerId().isPresent() ? DigestRun.State.FAILED
                    : run.state() == DigestRun.State.SENDING ? DigestRun.State.ABANDONED : DigestRun.State.SKIPPED;
            if (runs.closeStalled(id, run.fireTime(), end, why.get(), now)) {
                log.warn("closed digest channel_id={} due={} posted={}: {}", id, run.fireTime(), run.posted(), why.get());
            }
            return new Fired(id, run.fireTime(), end == DigestRun.State.FAILED ? Result.FAILED
                    : end == DigestRun.State.ABANDONED ? Result.ABANDONED : Result.SKIPPED, 0);
        }
        if (!digests.serves(channel.get().ref())) {
            return new Fired(id, run.fireTime(), Result.LEFT, 0);
        }
        if (!runs.takeOver(id, run.fireTime(), owner, now, now.plus(lease), orphanLease(now))) {
            return new Fired(id, run.fireTime(), Result.TAKEN, 0);
        }
        log.info("resuming digest channel={} due={} try={} already_posted={}", channel.get().ref(), run.fireTime(), run.attempts() + 1, run.posted());
        return deliver(channel.get(), new DigestRun(id, run.fireTime(), run.state(), owner, Optional.of(now.plus(lease)),
                run.headerId(), run.posted(), run.attempts() + 1, run.note(), run.paperInDoubt()));
    }

    /**
     * Posts the run's digest, or the rest of it. A RuntimeException (a bug, the database gone) is not caught:
     * the run stays open, as if the process had died, and is resumed once its lease lapses.
     */
    private Fired deliver(Channel channel, DigestRun run) {
        RunProgress progress = new RunProgress(runs, owner, clock, lease, run);
        int size = Math.max(0, channel.settings().digestSize() - run.posted());
        DigestService.Outcome outcome = digests.post(channel, size, run.fireTime(), progress);
        Instant now = clock.instant();
        long id = channel.id();
        int posted = run.posted() + outcome.posted();
        if (outcome.handedOver()) {
            return new Fired(id, run.fireTime(), Result.HANDED_OVER, outcome.posted());
        }
        if (outcome.failure().isEmpty()) {
            boolean empty = posted == 0 && outcome.headerId().isEmpty();
            runs.finish(id, run.fireTime(), owner, DigestRun.State.DONE, empty ? "nothing new" : "posted " + posted + " papers", now);
            return new Fired(id, run.fireTime(), empty ? Result.EMPTY : Result.POSTED, outcome.posted());
        }
        ChatException e = outcome.failure().get();
        if (outcome.headerInDoubt() && !e.passing()) {
            runs.finish(id, run.fireTime(), owner, DigestRun.State.ABANDONED,
                    "the header's post went unanswered and " + e.getMessage() + ": not posted again", now);
            log.warn("abandoned digest channel={} due={}: its header may be in the channel; not posting it twice", channel.ref(), run.fireTime());
            return new Fired(id, run.fireTime(), Result.ABANDONED, outcome.posted());
        }
        switch (e.reason()) {
            case TRANSIENT, AMBIGUOUS -> {
                Instant retryAt = now.plus(retryDelay(run.attempts()));
                runs.release(id, run.fireTime(), owner, outcome.headerId().isEmpty() && !outcome.headerInDoubt(), retryAt, e.getMessage());
                log.warn("digest channel={} due={} posted={} will be tried again at {}: {}", channel.ref(), run.fireTime(), posted, retryAt, e.getMessage());
                return new Fired(id, run.fireTime(), Result.RETRY_LATER, outcome.posted());
            }
            case CHANNEL_UNAVAILABLE -> {
                runs.finish(id, run.fireTime(), owner, DigestRun.State.FAILED, "channel unavailable, paused: " + e.getMessage(), now);
                channels.find(id).ifPresent(scheduler::scheduleChanged);
                return new Fired(id, run.fireTime(), Result.FAILED, outcome.posted());
            }
            default -> {
                runs.finish(id, run.fireTime(), owner, DigestRun.State.FAILED, e.getMessage(), now);
                return new Fired(id, run.fireTime(), Result.FAILED, outcome.posted());
            }
        }
    }

    private static Optional<String> unwanted(Channel channel) {
        if (channel.settings().paused()) {
            return Optional.of("channel paused: " + channel.settings().pausedReason());
        }
        return channel.settings().schedule().enabled() ? Optional.empty() : Optional.of("schedule off");
    }

    /**
     * A run whose owner left the cluster is taken over once it has not been renewed for {@link #ORPHAN_SILENCE}: a
     * live owner renews far more often (before every try, and during waits), so only a dead one stays silent.
     */
    private Instant orphanLease(Instant now) {
        return lease.compareTo(ORPHAN_SILENCE) <= 0 ? Instant.EPOCH : now.plus(lease).minus(ORPHAN_SILENCE);
    }

    private boolean late(Instant fireTime, Instant now) {
        return grace.isPresent() && fireTime.plus(grace.get()).isBefore(now);
    }

    /** Waits between tries of a whole run double from a minute, so a platform outage is not hammered. */
    static Duration retryDelay(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return d.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : d;
    }
}
