package dev.paperboy.channel;

import dev.paperboy.recommend.DigestPlanner;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a channel's taste model on a background thread soon after its members react, so its next digest only
 * ranks (training is most of a plan's time; docs/PERFORMANCE.md). Reactions come in bursts: a channel is refreshed
 * once its feedback has been quiet for {@code quiet}. At start, every channel is refreshed once, as models live in
 * memory. A refresh that fails is logged and changes nothing: the digest then trains the model itself.
 */
public final class TasteRefresher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TasteRefresher.class);

    private final ChannelStore channels;
    private final DigestPlanner planner;
    private final Clock clock;
    private final Duration quiet;
    private final ScheduledExecutorService executor;
    private final Map<Long, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    public TasteRefresher(ChannelStore channels, DigestPlanner planner, Clock clock, Duration quiet) {
        this.channels = channels;
        this.planner = planner;
        this.clock = clock;
        this.quiet = quiet;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taste-refresh");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY); // digests and commands first
            return t;
        });
    }

    /** The channel's feedback changed: refresh its model once it has been quiet for a while. */
    public void changed(long channelId) {
        pending.compute(channelId, (id, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return executor.schedule(() -> {
                pending.remove(id);
                refresh(id);
            }, quiet.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    /** Refreshes every channel's model, one after another, in the background. */
    public void refreshAll() {
        executor.execute(() -> {
            long started = System.nanoTime();
            int n = 0;
            for (Channel c : channels.all()) {
                refresh(c.id());
                n++;
            }
            log.info("taste models refreshed channels={} seconds={}", n, String.format("%.1f", (System.nanoTime() - started) / 1e9));
        });
    }

    private void refresh(long channelId) {
        try {
            channels.find(channelId).ifPresent(c -> planner.prepare(c.id(), c.tags(), clock.instant()));
        } catch (RuntimeException e) {
            log.warn("taste model of channel_id={} not refreshed; its next digest trains it: {}", channelId, e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
