package dev.paperboy.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * The record of one scheduled digest, keyed by (channel, fire time): who runs it, until when (its lease), how far
 * it got, and how it ended. {@code paperInDoubt} names the paper whose post was in flight when the run stopped.
 */
public record DigestRun(long channelId, Instant fireTime, State state, String owner, Optional<Instant> leaseUntil,
                        Optional<String> headerId, int posted, int attempts, String note, Optional<String> paperInDoubt) {

    /** Where a run is. {@code PENDING} and {@code SENDING} are open; the others are final. */
    public enum State {
        /** Claimed; nothing posted yet, or the header's post certainly failed. */
        PENDING,
        /** The header's post was attempted; {@code headerId} is set once it is known to be posted. */
        SENDING,
        DONE,
        /** Never posted: late beyond the grace window, or the channel was paused or its schedule off. */
        SKIPPED,
        /** Gave up: the chat platform refused, or kept failing until the grace window closed. */
        FAILED,
        /** Its process died while the header's post was in flight: posting again could post it twice. */
        ABANDONED;

        public boolean open() {
            return this == PENDING || this == SENDING;
        }
    }
}
