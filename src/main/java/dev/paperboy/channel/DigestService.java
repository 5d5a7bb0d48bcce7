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
 * post (the claim's unique key means it can never reach the channel twice). One retry layer, {@link RetryingSender}:
 * a post that failed for a passing reason is tried again under the {@link RetryPolicy}, the lease renewed before each
 * try. A post the platform may have taken without saying so ({@link ChatException.Reason#AMBIGUOUS}) is looked for
 * in the channel ({@link ChatGateway#find}) before it is posted again; until then its claim stays and the run
 * records it as in doubt, so whoever finishes the run looks first too. A claim is given back only when the post
 * certainly did not reach the channel, so a paper not posted stays unread; a paper the platform refuses for good
 * stays claimed, marked undeliverable, and the digest goes on with the next.
 */
public final class DigestService {

    /**
     * What a digest post did.
     *
     * @param posted        papers now in the channel for this digest, one an earlier try left in doubt included
     * @param failure       the error that stopped it, when one did (a passing one only after its retries)
     * @param handedOver    true when it stopped because another process took over its run
     * @param headerInDoubt true when it stopped with the header posted or not, nobody knows
     */
    public record Outcome(int posted, int planned, Optional<String> headerId, Optional<ChatException> failure, boolean handedOver,
                          boolean headerInDoubt, String barNote) {

        Outcome(int posted, int planned, Optional<String> headerId, Optional<ChatException> failure, boolean handedOver,
                boolean headerInDoubt) {
            this(posted, planned, headerId, failure, handedOver, headerInDoubt, "");
        }

        public Optional<String> problem() {
            return failure.map(Throwable::getMessage);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);
    private static final int MAX_REPLANS = 3;
    /** A wait between tries renews the run's lease at least this often, so a live owner never looks dead. */
    public static final Duration RENEW_EVERY = RetryingSender.RENEW_EVERY;

    private final DigestPlanner planner;
    private final Summarizer summarizer;
    private final ChatGateway gateway;
    private final DeliveryStore deliveries;
    private final ChannelStore channels;
    private final RetryingSender sender;

    public DigestService(DigestPlanner planner, Summarizer summarizer, ChatGateway gateway, DeliveryStore deliveries,
                         ChannelStore channels, RetryPolicy retry, Sleeper sleeper) {
        this.planner = planner;
        this.summarizer = summarizer;
        this.gateway = gateway;
        this.deliveries = deliveries;
        this.channels = channels;
        this.sender = new RetryingSender(gateway, deliveries, retry, sleeper);
    }

    /** Whether this process can post to the channel's platform at all. */
    public boolean serves(ChannelRef channel) {
        return gateway.serves(channel.platform());
    }

    /**
     * A digest asked for now, outside any schedule: the best papers anyway, whatever the channel's bar; its header
     * says how many of them cleared it.
     */
    public Outcome post(Channel channel, int size, Instant now) {
        return post(channel, size, now, DigestProgress.NONE, false);
    }

    /**
     * A scheduled digest of up to {@code size} papers, each clearing the channel's bar; {@code progress} hears how far
     * it gets. {@code now} is the digest's time (its fire time): it keys the header, so a resumed digest finds its
     * header again. When papers were there but none cleared the bar, it posts one short line instead.
     */
    public Outcome post(Channel channel, int size, Instant now, DigestProgress progress) {
        return post(channel, size, now, progress, true);
    }

    private Outcome post(Channel channel, int size, Instant now, DigestProgress progress, boolean enforce) {
        Optional<String> header = progress.header();
        boolean headerInDoubt = header.isEmpty() && progress.headerInDoubt();
        int posted = 0;
        int planned = 0;
        String barNote = "";
        try {
            Optional<String> leftInDoubt = progress.paperInDoubt();
            if (leftInDoubt.isPresent() && settle(channel, leftInDoubt.get(), now, progress)) {
                posted++;
            }
            // Spare picks stand in for papers another digest of this channel, running at the same moment, claims first.
            DigestPlanner.BarredPlan plan = size - posted < 1 ? new DigestPlanner.BarredPlan(List.of(), null, 0)
                    : planner.plan(channel.id(), channel.tags(), size - posted, size - posted, now, channel.settings().bar(), enforce);
            List<Pick> picks = plan.picks();
            planned = Math.min(size, posted + picks.size());
            barNote = PaperMessages.barNote(plan, planned - posted, enforce);
            if (planned == posted) {
                if (enforce && plan.barred() && plan.ranked() > 0 && header.isEmpty() && !headerInDoubt && posted == 0) {
                    return nothingCleared(channel, now, progress);
                }
                return new Outcome(posted, planned, header, Optional.empty(), false, false);
            }
            if (headerInDoubt) {
                header = gateway.find(channel.ref(), OutgoingMessage.headerKey(now), Optional.empty());
                header.ifPresent(id -> {
                    deliveries.recordMessage(channel.id(), id, null, "digest", now);
                    progress.headerPosted(id);
                    log.info("digest header of channel={} due={} found in the channel; not posting it again", channel.ref(), now);
                });
                headerInDoubt = false;
            }
            if (header.isEmpty()) {
                OutgoingMessage message = OutgoingMessage.header(
                        PaperMessages.headerText(channel.tags(), planned, now, channel.settings().schedule().zone(), barNote), now);
                progress.headerSending();
                RetryingSender.Doubt doubt = new RetryingSender.Doubt();
                try {
                    header = sender.send(channel, progress, message, Optional.empty(), now, doubt);
                } finally {
                    headerInDoubt = doubt.now;
                }
                String headerId = header.orElseThrow();
                deliveries.recordMessage(channel.id(), headerId, null, "digest", now);
                progress.headerPosted(headerId);
                gateway.posted(channel.ref(), message, headerId);
            }
            Optional<String> thread = channel.settings().layout() == Layout.THREAD ? header : Optional.empty();
            for (int i = 0, replans = 0; posted < planned; i++) {
                if (i == picks.size()) {
                    // Every pick left was claimed by a digest running alongside, or refused: plan again, without them.
                    if (replans++ == MAX_REPLANS) {
                        break;
                    }
                    picks = planner.plan(channel.id(), channel.tags(), planned - posted, planned - posted, now, channel.settings().bar(), enforce).picks();
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
            return failed(channel, e, posted, planned, header, headerInDoubt, now);
        } catch (RetryingSender.HandedOver e) {
            log.info("digest channel={} handed over to another process after {} papers", channel.ref(), posted);
            return new Outcome(posted, planned, header, Optional.empty(), true, headerInDoubt);
        }
        log.info("digest posted channel={} papers={}", channel.ref(), posted);
        return new Outcome(posted, planned, header, Optional.empty(), false, false, barNote);
    }

    /** A scheduled digest where papers were there but none cleared the bar: one short line says so, and what to do. */
    private Outcome nothingCleared(Channel channel, Instant now, DigestProgress progress) throws ChatException, RetryingSender.HandedOver {
        OutgoingMessage message = OutgoingMessage.header(PaperMessages.NOTHING_CLEARED, now);
        progress.headerSending();
        Optional<String> header = sender.send(channel, progress, message, Optional.empty(), now, new RetryingSender.Doubt());
        String headerId = header.orElseThrow();
        deliveries.recordMessage(channel.id(), headerId, null, "digest", now);
        progress.headerPosted(headerId);
        gateway.posted(channel.ref(), message, headerId);
        log.info("digest channel={}: nothing cleared the bar", channel.ref());
        return new Outcome(0, 0, header, Optional.empty(), false, false, "nothing cleared");
    }

    /**
     * Settles a paper an earlier try was posting when it stopped unanswered: found in the channel, it is recorded
     * as posted (true); certainly not there, its claim is given back. When the platform cannot tell, the claim
     * stays: the paper may be missing from the channel, but never appears twice.
     */
    private boolean settle(Channel channel, String paperId, Instant now, DigestProgress progress) throws ChatException {
        Optional<String> found;
        try {
            Optional<String> thread = channel.settings().layout() == Layout.THREAD ? progress.header() : Optional.empty();
            found = gateway.find(channel.ref(), OutgoingMessage.paperKey(paperId), thread);
        } catch (ChatException e) {
            if (e.passing()) {
                throw e;
            }
            log.warn("paper {} may or may not be in {} ({}); kept as delivered so it is never posted twice", paperId, channel.ref(), e.getMessage());
            progress.paperSettled();
            return false;
        }
        if (found.isEmpty()) {
            deliveries.release(channel.id(), paperId);
            progress.paperSettled();
            log.info("paper {} was not posted to {} before its process stopped; it stays unread", paperId, channel.ref());
            return false;
        }
        deliveries.recordMessage(channel.id(), found.get(), paperId, "paper", now);
        progress.paperPosted(paperId);
        log.info("paper {} found in {} after an unanswered post; not posting it again", paperId, channel.ref());
        return true;
    }

    /** Posts one paper; false when another digest claimed it first, or the platform refused it for good. */
    private boolean postPaper(Channel channel, Pick pick, Optional<String> thread, Instant now, DigestProgress progress)
            throws ChatException, RetryingSender.HandedOver {
        String paperId = pick.paper().id();
        PaperCard card = PaperMessages.card(pick, summarizer.summarize(pick.paper()));
        OutgoingMessage message = OutgoingMessage.paper(PaperMessages.paperText(card), card, thread);
        Optional<String> messageId;
        try {
            messageId = sender.send(channel, progress, message, Optional.of(paperId), now, new RetryingSender.Doubt());
        } catch (ChatException e) {
            if (e.reason() != ChatException.Reason.REFUSED) {
                throw e;
            }
            // Claimed for good: the next digest must not pick it first and fail on it again.
            deliveries.refuse(channel.id(), paperId, e.getMessage());
            progress.paperSettled();
            log.warn("paper {} is undeliverable to {} ({}); it stays out of this channel's digests", paperId, channel.ref(), e.getMessage());
            return false;
        }
        if (messageId.isEmpty()) {
            log.info("paper {} already delivered to {}; not posting it again", paperId, channel.ref());
            return false;
        }
        deliveries.recordMessage(channel.id(), messageId.get(), paperId, "paper", now);
        if (!Double.isNaN(pick.evidence())) {
            deliveries.recordScore(channel.id(), paperId, pick.evidence(), pick.likelihood());
        }
        progress.paperPosted(paperId);
        gateway.posted(channel.ref(), message, messageId.get());
        return true;
    }


    private Outcome failed(Channel channel, ChatException e, int posted, int planned, Optional<String> header, boolean headerInDoubt,
                           Instant now) {
        if (e.reason() == ChatException.Reason.CHANNEL_UNAVAILABLE) {
            Channel current = channels.find(channel.id()).orElse(channel);
            channels.updateSettings(channel.id(), current.settings(), current.settings().paused(e.getMessage()), now);
            log.warn("channel {} paused: {}", channel.ref(), e.getMessage());
        } else {
            log.warn("digest post to {} stopped after {} of {} papers: {}", channel.ref(), posted, planned, e.getMessage());
        }
        return new Outcome(posted, planned, header, Optional.of(e), false, headerInDoubt);
    }
}
