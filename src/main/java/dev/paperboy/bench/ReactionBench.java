package dev.paperboy.bench;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reactions recorded through {@code ReactionService.react}, the path every chat adapter takes (find the channel,
 * map the message to its paper, store the signal), each committed before the call returns; beside a baseline of
 * the same number of single-row INSERTs into the same table, each committed on its own.
 */
public final class ReactionBench {

    /** The baseline: {@code n} single-row inserts; returns each one's latency in nanoseconds. */
    @FunctionalInterface
    public interface InsertLoop {
        long[] run(int n);
    }

    /** Channels with paper messages members can react to. */
    public record Setup(List<ChannelRef> channels, List<List<String>> messages) {
    }

    private static final String[] EMOJI = {"+1", "-1", "+1", "bookmark", "heart"};

    private final BenchServices app;

    public ReactionBench(BenchServices app) {
        this.app = app;
    }

    /** Stores the papers, and posts each channel a message for each of them (as a digest would). */
    public Setup prepare(List<Paper> papers, int channels, BenchWorld.ChannelRefs refs, Instant now) {
        app.clock().accept(now);
        app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(), Optional.empty(), List.of()));
        List<ChannelRef> refList = new ArrayList<>();
        List<List<String>> messages = new ArrayList<>();
        long id = 0;
        for (int c = 0; c < channels; c++) {
            ChannelRef ref = refs.ref(BenchWorld.channelName(c));
            Channel channel = app.channels().getOrCreate(ref, app.channelDefaults(), now);
            List<String> ids = new ArrayList<>();
            for (Paper p : papers) {
                app.deliveries().claim(channel.id(), p.id(), now);
                String messageId = "r" + ++id;
                app.deliveries().recordMessage(channel.id(), messageId, p.id(), "paper", now);
                ids.add(messageId);
            }
            refList.add(ref);
            messages.add(ids);
        }
        return new Setup(refList, messages);
    }

    /** {@code n} reactions on {@code threads} threads, members and emoji drawn from a seeded Random. */
    public Timings.Run react(Setup setup, int n, int threads, long seed) throws Exception {
        long[] nanos = new long[n];
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(seed * 31 + first);
                    for (int i = first; i < n; i += threads) {
                        int c = random.nextInt(setup.channels().size());
                        List<String> messages = setup.messages().get(c);
                        long t0 = System.nanoTime();
                        app.reactions().react(setup.channels().get(c), "member" + random.nextInt(50),
                                messages.get(random.nextInt(messages.size())), EMOJI[random.nextInt(EMOJI.length)], random.nextInt(10) == 0);
                        nanos[i] = System.nanoTime() - t0;
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return Timings.Run.of(nanos, Timings.seconds(started));
    }

    /** The baseline's run. */
    public static Timings.Run baseline(InsertLoop loop, int n) {
        long started = System.nanoTime();
        long[] nanos = loop.run(n);
        return Timings.Run.of(nanos, Timings.seconds(started));
    }
}
