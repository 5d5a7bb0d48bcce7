package dev.paperboy.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * The port to whatever fires scheduled digests (Quartz in the bot, the session clock in the console). The
 * command handler tells it when a channel's schedule changes and asks it when the next digest is due.
 */
public interface DigestScheduler {

    /** The channel's schedule, or whether it is paused, changed: fire its digests from now on as it says. */
    void scheduleChanged(Channel channel);

    /** When the channel's next scheduled digest is due; empty when it has none. */
    Optional<Instant> nextDigest(Channel channel);
}
