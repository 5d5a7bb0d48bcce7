package dev.paperboy.schedule;

/** The scheduled fetch from the paper sources: run on the ingest cron, cut short when the scheduler stops. */
@FunctionalInterface
public interface ScheduledIngest {

    void run();

    /**
     * The scheduler is stopping: cuts a run in progress short, from another thread, leaving nothing half-stored,
     * and lets none start any more; returns at once. An ingest that cannot be cut short keeps the default, and a
     * stop waits for it like for a digest.
     */
    default void stop() {
    }

    static ScheduledIngest of(Runnable run, Runnable stop) {
        return new ScheduledIngest() {
            @Override
            public void run() {
                run.run();
            }

            @Override
            public void stop() {
                stop.run();
            }
        };
    }
}
