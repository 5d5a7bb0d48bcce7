package dev.paperboy.schedule;

import dev.paperboy.channel.DigestProgress;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.channel.DigestRunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One claimed run's record as its digest goes: writes each step the digest service reports (header sending and
 * posted, paper sending, settled and posted) to the run store under this process's ownership, and renews the run's
 * lease before every post, so whoever finishes a run left open knows where it stopped.
 */
final class RunProgress implements DigestProgress {

    private final DigestRunStore runs;
    private final String owner;
    private final Clock clock;
    private final Duration lease;
    private final DigestRun run;

    RunProgress(DigestRunStore runs, String owner, Clock clock, Duration lease, DigestRun run) {
        this.runs = runs;
        this.owner = owner;
        this.clock = clock;
        this.lease = lease;
        this.run = run;
    }

    @Override
    public Optional<String> header() {
        return run.headerId();
    }

    @Override
    public boolean headerInDoubt() {
        return run.state() == DigestRun.State.SENDING;
    }

    @Override
    public Optional<String> paperInDoubt() {
        return run.paperInDoubt();
    }

    @Override
    public boolean keep() {
        return runs.renew(run.channelId(), run.fireTime(), owner, clock.instant().plus(lease));
    }

    @Override
    public void headerSending() {
        runs.sending(run.channelId(), run.fireTime(), owner);
    }

    @Override
    public void headerPosted(String messageId) {
        runs.headerPosted(run.channelId(), run.fireTime(), owner, messageId);
    }

    @Override
    public void paperSending(String paperId) {
        runs.paperSending(run.channelId(), run.fireTime(), owner, paperId);
    }

    @Override
    public void paperSettled() {
        runs.paperSettled(run.channelId(), run.fireTime(), owner);
    }

    @Override
    public void paperPosted(String paperId) {
        runs.paperPosted(run.channelId(), run.fireTime(), owner);
    }
}
