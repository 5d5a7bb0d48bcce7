package dev.paperboy.channel;

import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.Pick;
import dev.paperboy.summary.Summarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a digest: plans it, posts a header, then one message per paper. Each paper is claimed just before its
 * post (the claim's unique key means it can never reach the channel twice) and the claim is given back when the
 * post fails, so a paper that was not posted stays unread. A post that fails for a passing reason is tried again
 * under the {@link RetryPolicy}; the claim is given back while waiting, so a crash during the wait loses nothing.
 */
public final class DigestService {

    /**
     * What a digest post did.
     *
     * @param failure   the error that stopped it, when one did (a transient one only after its retries)
     * @param handedOver true when it stopped because another process took over its run
     */
    public record Outcome(int posted, int planned, Optional<String> headerId, Optional<ChatException> failure, boolean handedOver) {

        public Optional<String> problem() {
            return failure.map(Throwable::getMessage);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);
    private static final int MAX_REPLANS = 3;

    private final DigestPlanner planner;
    private final Summarizer summarizer;
    private final ChatGateway gateway;
    private final DeliveryStore deliveries;
    private final ChannelStore channels;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    public DigestService(DigestPlanner planner, Summarizer summarizer, ChatGateway gateway, DeliveryStore deliveries,
                         ChannelStore channels, RetryPolicy retry, Sleeper sleeper) {
        this.planner = planner;
        this.summarizer = summarizer;
        this.gateway = gateway;
        this.deliveries = deliveries;
        this.channels = channels;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /** A digest asked for now, outside any schedule. */
    public Outcome post(Channel channel, int size, Instant now) {
        return post(channel, size, now, DigestProgress.NONE);
    }

    /** A digest of up to {@code size} papers; {@code progress} hears how far it gets. */
    public Outcome post(Channel channel, int size, Instant now, DigestProgress progress) {
        Optional<String> header = progress.header();
        // Spare picks stand in for papers another digest of this channel, running at the same moment, claims first.
        List<Pick> picks = size < 1 ? List.of() : planner.plan(channel.id(), channel.tags(), size * 2, now);
        int planned = Math.min(size, picks.size());
        if (planned == 0) {
            return new Outcome(0, 0, header, Optional.empty(), false);
        }
        int posted = 0;
        try {
            if (header.isEmpty()) {
                OutgoingMessage message = OutgoingMessage.header(
                        PaperMessages.headerText(channel.tags(), planned, now, channel.settings().schedule().zone()));
                progress.headerSending();
                String headerId = retrying(channel, progress, () -> Optional.of(gateway.post(channel.ref(), message))).orElseThrow();
                deliveries.recordMessage(channel.id(), headerId, null, "digest", now);
                progress.headerPosted(headerId);
                header = Optional.of(headerId);
            }
            Optional<String> thread = channel.settings().layout() == Layout.THREAD ? header : Optional.empty();
            for (int i = 0, replans = 0; posted < planned; i++) {
                if (i == picks.size()) {
                    // Every pick left was claimed by a digest running alongside: plan again, without what it claimed.
                    if (replans++ == MAX_REPLANS) {
                        break;
                    }
                    picks = planner.plan(channel.id(), channel.tags(), (planned - posted) * 2, now);
                    i = 0;
                    if (picks.isEmpty()) {
                        break;
                    }
                }
                if (postPaper(channel, picks.get(i), thread, now, progress)) {
                    posted++;
                }
            }
        } catch (ChatException e) {
            return failed(channel, e, posted, planned, header, now);
        } catch (HandedOver e) {
            log.info("digest channel={} handed over to another process after {} papers", channel.ref(), posted);
            return new Outcome(posted, planned, header, Optional.empty(), true);
        }
        log.info("digest posted channel={} papers={}", channel.ref(), posted);
        return new Outcome(posted, planned, header, Optional.empty(), false);
    }

    /** Posts one paper; false when it turned out to be delivered already (another process posted it). */
    private boolean postPaper(Channel channel, Pick pick, Optional<String> thread, Instant now, DigestProgress progress)
            throws ChatException, HandedOver {
        String paperId = pick.paper().id();
        PaperCard card = PaperMessages.card(pick, summarizer.summarize(pick.paper()));
        OutgoingMessage message = OutgoingMessage.paper(PaperMessages.paperText(card), card, thread);
        Optional<String> messageId = retrying(channel, progress, () -> {
            if (!deliveries.claim(channel.id(), paperId, now)) {
                return Optional.empty();
            }
            try {
                return Optional.of(gateway.post(channel.ref(), message));
            } catch (ChatException e) {
                deliveries.release(channel.id(), paperId);
                throw e;
            }
        });
        if (messageId.isEmpty()) {
            log.info("paper {} already delivered to {}; not posting it again", paperId, channel.ref());
            return false;
        }
        deliveries.recordMessage(channel.id(), messageId.get(), paperId, "paper", now);
        progress.paperPosted(paperId);
        return true;
    }

    @FunctionalInterface
    private interface Attempt {
        Optional<String> run() throws ChatException;
    }

    private Optional<String> retrying(Channel channel, DigestProgress progress, Attempt attempt) throws ChatException, HandedOver {
        for (int failed = 0; ; ) {
            if (!progress.keep()) {
                throw new HandedOver();
            }
            try {
                return attempt.run();
            } catch (ChatException e) {
                failed++;
                Optional<Duration> wait = e.reason() == ChatException.Reason.TRANSIENT ? retry.delayAfter(failed, e.retryAfter()) : Optional.empty();
                if (wait.isEmpty()) {
                    throw e;
                }
                log.info("post to {} failed ({}); try {} in {} ms", channel.ref(), e.getMessage(), failed + 1, wait.get().toMillis());
                try {
                    sleeper.sleep(wait.get());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Outcome failed(Channel channel, ChatException e, int posted, int planned, Optional<String> header, Instant now) {
        if (e.reason() == ChatException.Reason.CHANNEL_UNAVAILABLE) {
            Channel current = channels.find(channel.id()).orElse(channel);
            channels.updateSettings(channel.id(), current.settings(), current.settings().paused(e.getMessage()), now);
            log.warn("channel {} paused: {}", channel.ref(), e.getMessage());
        } else {
            log.warn("digest post to {} stopped after {} of {} papers: {}", channel.ref(), posted, planned, e.getMessage());
        }
        return new Outcome(posted, planned, header, Optional.of(e), false);
    }

    /** This process lost its run to another, which finishes the digest. */
    private static final class HandedOver extends Exception {
        private static final long serialVersionUID = 1L;

        HandedOver() {
            super(null, null, false, false);
        }
    }
}
