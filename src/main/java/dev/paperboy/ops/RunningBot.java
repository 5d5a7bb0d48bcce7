package dev.paperboy.ops;

import java.time.Duration;
import java.util.Optional;

/**
 * What operating the bot needs of it, and nothing more: whether it can work (readiness) and how its scheduler stops.
 * The application implements it over its wiring, as the harnesses reach the wiring through their own narrow views.
 */
public interface RunningBot {

    /** Empty when the database answers, else what is wrong. */
    Optional<String> databaseProblem();

    /** True while the scheduler fires digests. */
    boolean scheduling();

    /**
     * Stops firing at once, cuts a fetch in progress short, and waits up to {@code limit} for the digests in progress.
     * False when a digest was still posting at the limit.
     */
    boolean stopScheduling(Duration limit);
}
