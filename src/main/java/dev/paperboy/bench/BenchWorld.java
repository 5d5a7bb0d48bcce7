package dev.paperboy.bench;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.Schedule;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.tag.TagScore;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the database the planning, memory and start-up benchmarks share, through the real services: papers
 * (real ones, then recombined ones; see {@link BenchCorpus}) spread evenly over {@code days} days before
 * {@link #NOW}, ingested and tagged by the real ingest; then channels on the console platform named
 * {@code bench-0001 …}, each following 1-3 tags (a share follow none, so every fresh paper is their candidate),
 * seeded with 3 papers, and given a history: a 5-paper digest on each of the last {@code historyDays} days, to
 * which three members reacted 👍 when the paper carries the channel's hidden interest (an arXiv category) and 👎
 * otherwise, one member most of the time, one half, one rarely.
 */
public final class BenchWorld {

    /** The moment the benchmarks plan at: the day after the dev listings end. */
    public static final Instant NOW = Instant.parse("2025-11-01T09:00:00Z");
    public static final String PREFIX = "bench-";
    /** The console's platform and workspace, so a console session ({@code bench startup}, {@code bench memory}) talks in these channels. */
    public static final String PLATFORM = "console";
    public static final String WORKSPACE = "local";

    /** The reference of a benchmark channel by name. */
    public static ChannelRef ref(String name) {
        return new ChannelRef(PLATFORM, WORKSPACE, name);
    }

    /** What to build. */
    public record Spec(int papers, int real, int channels, int days, int freshnessDays, int historyDays, double untagged, long seed) {
    }

    /** What was built. */
    public record Summary(int papers, int real, int fresh, int channels, int seeds, int deliveries, int reactions, double seconds) {
    }

    private static final int BATCH = 1_000;
    private static final int DIGEST = 5;
    private static final double[] REACTS = {0.9, 0.5, 0.2};

    private final BenchServices app;
    private final PrintStream progress;

    public BenchWorld(BenchServices app, PrintStream progress) {
        this.app = app;
        this.progress = progress;
    }

    /** The channel names the world has, in order. */
    public static String channelName(int i) {
        return String.format("%s%04d", PREFIX, i + 1);
    }

    public Summary build(List<Paper> realPapers, Spec spec, ChannelRefs refs) {
        long started = System.nanoTime();
        Random random = new Random(spec.seed());
        Instant start = NOW.minus(Duration.ofDays(spec.days()));
        app.clock().accept(start.minus(Duration.ofDays(1)));

        List<BenchCorpus.Entry> real = embedReal(realPapers, start, random);
        List<BenchCorpus.Entry> all = new ArrayList<>(real);
        all.addAll(BenchCorpus.recombine(real, Math.max(0, spec.papers() - real.size()), 1, start, NOW, random));
        all.sort(Comparator.comparing((BenchCorpus.Entry e) -> e.paper().published()).thenComparing(e -> e.paper().id()));
        ingest(all);

        Instant freshFrom = NOW.minus(Duration.ofDays(spec.freshnessDays()));
        List<Paper> fresh = all.stream().map(BenchCorpus.Entry::paper).filter(p -> !p.published().isBefore(freshFrom)).toList();
        Map<String, List<TagScore>> tags = app.tags().effectiveTags(fresh.stream().map(Paper::id).toList());
        Map<String, List<Paper>> byTag = new TreeMap<>();
        for (Paper p : fresh) {
            tags.getOrDefault(p.id(), List.of()).forEach(t -> byTag.computeIfAbsent(t.tag(), k -> new ArrayList<>()).add(p));
        }
        byTag.values().removeIf(list -> list.size() < 30);
        List<String> tagNames = new ArrayList<>(byTag.keySet());

        List<Member> channels = new ArrayList<>();
        int seeds = 0;
        for (int i = 0; i < spec.channels(); i++) {
            Set<String> follows = random.nextDouble() < spec.untagged() || tagNames.isEmpty() ? Set.of() : draw(tagNames, byTag, random);
            List<Paper> eligible = follows.isEmpty() ? fresh : eligible(follows, byTag);
            Paper example = eligible.get(random.nextInt(eligible.size()));
            String interest = example.categories().isEmpty() ? "" : example.categories().get(0);
            Schedule schedule = new Schedule(true, LocalTime.of(6, 0).plusMinutes(15L * (i % 16)), ZoneOffset.UTC, Schedule.WEEKDAYS);
            ChannelRef ref = refs.ref(channelName(i));
            Channel channel = app.channels().getOrCreate(ref, app.channelDefaults().withSchedule(schedule), start);
            app.channels().subscribe(channel.id(), follows, start);
            List<Paper> inside = eligible.stream().filter(p -> p.categories().contains(interest)).toList();
            for (int s = 0; s < 3 && !inside.isEmpty(); s++) {
                seeds += app.feedback().seed(channel.id(), inside.get(random.nextInt(inside.size())).id(), "bench", start) ? 1 : 0;
            }
            channels.add(new Member(channel.id(), ref, interest, eligible, new HashSet<>()));
        }
        progress.printf("channels: %,d (%d tags to follow, %,d fresh papers)%n", channels.size(), tagNames.size(), fresh.size());

        int[] counts = history(channels, spec.historyDays(), random);
        app.clock().accept(NOW);
        return new Summary(all.size(), real.size(), fresh.size(), channels.size(), seeds, counts[0], counts[1], Timings.seconds(started));
    }

    /** Makes a channel reference for a name (the console's, so a console session can talk in these channels). */
    @FunctionalInterface
    public interface ChannelRefs {
        ChannelRef ref(String name);
    }

    private record Member(long id, ChannelRef ref, String interest, List<Paper> eligible, Set<String> delivered) {
    }

    private List<BenchCorpus.Entry> embedReal(List<Paper> papers, Instant start, Random random) {
        long span = Duration.between(start, NOW).toSeconds();
        List<BenchCorpus.Entry> out = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < papers.size(); i += 256) {
            List<Paper> chunk = papers.subList(i, Math.min(papers.size(), i + 256));
            Map<String, String> texts = new LinkedHashMap<>();
            chunk.forEach(p -> texts.put(p.id(), p.text()));
            Map<String, float[]> vectors = app.embeddings().orElseThrow().vectors(texts);
            for (Paper p : chunk) {
                out.add(new BenchCorpus.Entry(BenchCorpus.publishedAt(p, start.plusSeconds((long) (random.nextDouble() * span))), vectors.get(p.id())));
            }
            progress.printf("embedding real papers: %,d of %,d (%.0f s)%n", out.size(), papers.size(), Timings.seconds(t0));
        }
        return out;
    }

    private void ingest(List<BenchCorpus.Entry> all) {
        long t0 = System.nanoTime();
        String model = app.embeddings().orElseThrow().embedder().model();
        for (int i = 0; i < all.size(); i += BATCH) {
            List<BenchCorpus.Entry> chunk = all.subList(i, Math.min(all.size(), i + BATCH));
            Map<String, float[]> vectors = new LinkedHashMap<>();
            chunk.forEach(e -> vectors.put(e.paper().id(), e.vector()));
            // Derived vectors go in first, so the tagger and the ranker find them instead of running the model.
            app.vectors().save(vectors, model);
            app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, chunk.stream().map(BenchCorpus.Entry::paper).toList(),
                    Map.of(), Optional.empty(), List.of()));
            if ((i / BATCH) % 10 == 9 || i + BATCH >= all.size()) {
                progress.printf("ingested: %,d of %,d papers (%.0f s)%n", i + chunk.size(), all.size(), Timings.seconds(t0));
            }
        }
    }

    private int[] history(List<Member> channels, int days, Random random) {
        int deliveries = 0;
        int reactions = 0;
        long message = 0;
        long t0 = System.nanoTime();
        for (int d = days; d >= 1; d--) {
            Instant day = NOW.minus(Duration.ofDays(d));
            app.clock().accept(day);
            for (Member m : channels) {
                List<Paper> before = m.eligible().stream().filter(p -> p.published().isBefore(day)).toList();
                for (int k = 0, tries = 0; k < DIGEST && tries < 50 && !before.isEmpty(); tries++) {
                    Paper p = before.get(random.nextInt(before.size()));
                    if (!m.delivered().add(p.id()) || !app.deliveries().claim(m.id(), p.id(), day)) {
                        continue;
                    }
                    k++;
                    deliveries++;
                    String messageId = "m" + ++message;
                    app.deliveries().recordMessage(m.id(), messageId, p.id(), "paper", day);
                    boolean inside = p.categories().contains(m.interest());
                    for (int member = 0; member < REACTS.length; member++) {
                        if (random.nextDouble() < REACTS[member]) {
                            app.reactions().react(m.ref(), "member" + member, messageId, inside ? "+1" : "-1", false);
                            reactions++;
                        }
                    }
                }
            }
            progress.printf("history: day %d of %d, %,d deliveries, %,d reactions (%.0f s)%n", days - d + 1, days, deliveries, reactions,
                    Timings.seconds(t0));
        }
        return new int[] {deliveries, reactions};
    }

    private static Set<String> draw(List<String> tagNames, Map<String, List<Paper>> byTag, Random random) {
        int want = 1 + random.nextInt(3);
        Set<String> out = new HashSet<>();
        long total = tagNames.stream().mapToLong(t -> byTag.get(t).size()).sum();
        for (int tries = 0; out.size() < want && tries < 20; tries++) {
            // Popular tags are followed more, as in life: drawn in proportion to how many fresh papers carry them.
            long pick = (long) (random.nextDouble() * total);
            for (String t : tagNames) {
                pick -= byTag.get(t).size();
                if (pick < 0) {
                    out.add(t);
                    break;
                }
            }
        }
        return out;
    }

    private static List<Paper> eligible(Set<String> follows, Map<String, List<Paper>> byTag) {
        Map<String, Paper> union = new LinkedHashMap<>();
        follows.forEach(t -> byTag.get(t).forEach(p -> union.put(p.id(), p)));
        return new ArrayList<>(union.values());
    }
}
