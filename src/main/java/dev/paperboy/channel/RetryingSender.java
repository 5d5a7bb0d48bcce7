package dev.paperboy.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry layer of a digest post: sends one message to a channel under the {@link RetryPolicy}, claiming its
 * paper first, the run's lease renewed during each wait. After an ambiguous failure ({@link ChatException.Reason#AMBIGUOUS})
 * the claim is kept and the message looked for ({@link ChatGateway#find}) before the next try; a failure that certainly
 * did not post gives the claim back while waiting. What to post, and what a failure means for the digest, is
 * {@code DigestService}'s.
 */
final class RetryingSender {

    /** A wait between tries renews the run's lease at least this often, so a live owner never looks dead. */
    static final Duration RENEW_EVERY = Duration.ofSeconds(15);

    // Logged under the digest service's name, as these lines always were: a filter on logger=DigestService still matches.
    private static final Logger log = LoggerFactory.getLogger("dev.paperboy.channel.DigestService");

    private final ChatGateway gateway;
    private final DeliveryStore deliveries;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    RetryingSender(ChatGateway gateway, DeliveryStore deliveries, RetryPolicy retry, Sleeper sleeper) {
        this.gateway = gateway;
        this.deliveries = deliveries;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /**
     * Posts under the retry policy; empty when {@code paperId} was claimed by another digest first. A passing
     * failure is tried again after a wait. After an ambiguous one the claim is kept and the message looked for
     * before the next try; a failure that certainly did not post gives the claim back while waiting.
     */
    Optional<String> send(Channel channel, DigestProgress progress, OutgoingMessage message, Optional<String> paperId, Instant now,
                                  Doubt doubt) throws ChatException, HandedOver {
        String key = message.key().orElseThrow();
        boolean claimed = false;
        doubt.now = false;
        for (int failed = 0; ; ) {
            if (!progress.keep()) {
                if (claimed && !doubt.now) {
                    deliveries.release(channel.id(), paperId.orElseThrow());
                    progress.paperSettled();
                }
                throw new HandedOver();
            }
            ChatException failure;
            try {
                if (doubt.now) {
                    Optional<String> found = gateway.find(channel.ref(), key, message.threadOf());
                    if (found.isPresent()) {
                        log.info("{} found in {} after an unanswered post; not posting it again", key, channel.ref());
                        return found;
                    }
                    doubt.now = false;
                }
                if (paperId.isPresent() && !claimed) {
                    if (!deliveries.claim(channel.id(), paperId.get(), now)) {
                        return Optional.empty();
                    }
                    claimed = true;
                    progress.paperSending(paperId.get());
                }
                return Optional.of(gateway.post(channel.ref(), message));
            } catch (ChatException e) {
                failure = e;
            }
            failed++;
            if (failure.reason() == ChatException.Reason.AMBIGUOUS) {
                doubt.now = true;
            } else if (claimed && !doubt.now && failure.reason() != ChatException.Reason.REFUSED) {
                deliveries.release(channel.id(), paperId.orElseThrow());
                progress.paperSettled();
                claimed = false;
            }
            Optional<Duration> wait = failure.passing() ? retry.delayAfter(failed, failure.retryAfter()) : Optional.empty();
            if (wait.isEmpty()) {
                throw failure;
            }
            log.info("post to {} failed ({}); try {} in {} ms", channel.ref(), failure.getMessage(), failed + 1, wait.get().toMillis());
            try {
                for (Duration left = wait.get(); !left.isZero() && !left.isNegative(); left = left.minus(RENEW_EVERY)) {
                    if (!progress.keep()) {
                        break; // the loop's own check hands over
                    }
                    sleeper.sleep(left.compareTo(RENEW_EVERY) < 0 ? left : RENEW_EVERY);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /** Whether the message being sent may be in the channel without our knowing its id. */
    static final class Doubt {
        boolean now;
    }

    /** This process lost its run to another, which finishes the digest. */
    static final class HandedOver extends Exception {
        private static final long serialVersionUID = 1L;

        HandedOver() {
            super(null, null, false, false);
        }
    }
}
