package dev.paperboy.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code paperboy run} stops, whether its main thread ends or SIGTERM / Ctrl-C / {@code docker stop} arrives:
 * the scheduler stops firing and a digest in progress gets up to {@code shutdown.timeout-seconds} to finish, then
 * the adapters, the management port and the wiring (index, database) close, in that order, once. The JVM halts as
 * soon as its shutdown hooks return, so the hook does the closing itself rather than only waking the main thread.
 */
public final class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final Duration limit;
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean begun = new AtomicBoolean();
    private final List<AutoCloseable> adapters = new ArrayList<>();
    private final Thread hook = new Thread(this::onSignal, "shutdown");
    private volatile RunningBot bot;
    private volatile AutoCloseable management;
    private volatile AutoCloseable wiring;
    /** The exit code of the signal that asked the bot to stop (143 for SIGTERM, 130 for SIGINT); 0 when none did. */
    private volatile int signalled;

    public GracefulStop(Duration limit) {
        this.limit = limit;
    }

    /**
     * Handles SIGTERM and Ctrl-C from now on: the bot stops before the JVM begins to shut down, then exits as the
     * signal would have (143, 130). Stopping in a shutdown hook alone is not enough: the JVM runs its hooks all at
     * once, and H2's closes the database, with every session on it, the moment the signal comes, under a digest still
     * posting and under Quartz's locks (GracefulStopProcessTest). The hook stays for any other way the JVM ends.
     */
    public GracefulStop install() {
        Runtime.getRuntime().addShutdownHook(hook);
        handle("TERM", 143);
        handle("INT", 130);
        return this;
    }

    private void handle(String signal, int exitCode) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> {
                signalled = exitCode;
                Thread stopping = new Thread(() -> {
                    onSignal();
                    Runtime.getRuntime().exit(exitCode);
                }, "stop-on-SIG" + signal);
                stopping.start();
            });
        } catch (IllegalArgumentException e) {
            log.debug("no {} handler here ({}); the shutdown hook stops the bot", signal, e.getMessage());
        }
    }

    /** The bot whose scheduler stops first, once it has one. */
    public void bot(RunningBot running) {
        this.bot = running;
    }

    public synchronized void adapters(List<AutoCloseable> started) {
        adapters.addAll(started);
    }

    public void management(AutoCloseable server) {
        this.management = server;
    }

    public void wiring(AutoCloseable app) {
        this.wiring = app;
    }

    /** What the process should exit with once stopped: as the signal that asked it to stop would have, else 0. */
    public int exitCode() {
        return signalled;
    }

    /** True once stopping began: the bot is no longer ready for work. */
    public boolean stopping() {
        return begun.get();
    }

    /** Blocks the main thread until a signal asks the bot to stop. */
    public void awaitSignal() throws InterruptedException {
        log.info("paperboy running; stop with Ctrl-C or SIGTERM");
        requested.await();
    }

    private void onSignal() {
        requested.countDown();
        run();
    }

    /** Stops everything once, in order; a second caller waits until the first is done. */
    public void run() {
        if (!begun.compareAndSet(false, true)) {
            await();
            return;
        }
        long started = System.nanoTime();
        try {
            RunningBot running = bot;
            if (running != null) {
                log.info("stopping: no new digests; waiting up to {} s for those in progress", limit.toSeconds());
                if (!running.stopScheduling(limit)) {
                    log.warn("stopping: a digest was still posting after {} s; its run stays open and the next start "
                            + "(or another instance) finishes it", limit.toSeconds());
                }
            }
            long scheduled = System.nanoTime();
            List<AutoCloseable> chat;
            synchronized (this) {
                chat = List.copyOf(adapters);
            }
            chat.forEach(GracefulStop::closeQuietly);
            closeQuietly(management);
            long closedChat = System.nanoTime();
            closeQuietly(wiring);
            long now = System.nanoTime();
            log.info("paperboy stopped in {} ms (digests in progress {} ms, adapters {} ms, index and database {} ms)",
                    (now - started) / 1_000_000, (scheduled - started) / 1_000_000, (closedChat - scheduled) / 1_000_000,
                    (now - closedChat) / 1_000_000);
        } finally {
            done.countDown();
            if (Thread.currentThread() != hook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    // The JVM is already shutting down, or the hook was never installed.
                }
            }
        }
    }

    private void await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
        }
    }
}
