package dev.paperboy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.paper.Paper;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Simulated channels on the arXiv listing stream, driven through the bot's commands and reactions ({@link Bot}).
 * Each has a hidden interest defined by arXiv categories (one rare category, or an intersection); the bot never sees
 * categories. Each channel seeds ({@code /papers seed}) 3 papers of its interest from the five listing days before
 * its window, then asks for a 5-paper digest ({@code /papers digest 5}) every listing day; members react 👍 to
 * picks inside the interest and 👎 to the rest, as the {@link FeedbackProtocol} says. Every ranking mode runs on
 * the same days, seeds and members, in one database, each mode's channels on its own command handler.
 */
public final class FeedbackSimulation {

    /** A hidden interest: a paper is inside when it carries every one of these categories. */
    public record Interest(String name, List<String> allOf) {
        boolean matches(List<String> categories) {
            return categories.containsAll(allOf);
        }
    }

    /** Precision@5 per mode per day (1-based), and per interest over the scored days. */
    public record Result(List<String> modes, int days, Map<String, double[]> perDay, Map<String, Map<String, Double>> perInterest,
                         Map<String, Double> scored, LocalDate firstDay, int scoredFrom, List<String> refusedSeeds, Posted posted,
                         List<Interest> interests) {
    }

    /**
     * What the channels were actually posted over the scored days, per mode: the share of posted papers inside the
     * interest, and papers per channel per day. With a bar a digest may post fewer than 5; precision@5 counts the
     * empty slots as misses, this precision does not.
     */
    public record Posted(String bar, Map<String, Double> precision, Map<String, Double> perDay) {
    }

    public static final List<Interest> DEFAULT_INTERESTS = List.of(
            new Interest("cs.RO", List.of("cs.RO")), new Interest("cs.GR", List.of("cs.GR")),
            new Interest("cs.HC", List.of("cs.HC")), new Interest("cs.IR", List.of("cs.IR")),
            new Interest("cs.CY", List.of("cs.CY")), new Interest("eess.AS", List.of("eess.AS")),
            new Interest("cs.CR", List.of("cs.CR")), new Interest("cs.MA", List.of("cs.MA")),
            new Interest("cs.CV+cs.RO", List.of("cs.CV", "cs.RO")), new Interest("cs.CL+cs.IR", List.of("cs.CL", "cs.IR")),
            new Interest("cs.CV+cs.GR", List.of("cs.CV", "cs.GR")), new Interest("cs.SD+eess.AS", List.of("cs.SD", "eess.AS")),
            new Interest("cs.CL+cs.CY", List.of("cs.CL", "cs.CY")), new Interest("cs.AI+cs.HC", List.of("cs.AI", "cs.HC")));

    static final int SIZE = 5;
    static final int SEED_DAYS = 5;
    private static final int SEEDS = 3;

    private final Bot bot;
    private final long seed;
    private final PrintStream progress;
    private final String bar;

    public FeedbackSimulation(Bot bot, long seed, PrintStream progress) {
        this(bot, seed, progress, null);
    }

    /**
     * @param bar when not null, each channel's manager sets {@code /papers bar <bar>} and the daily digest comes as a
     *            scheduled one (held to the bar) rather than by {@code /papers digest 5} (which shows the best anyway)
     */
    public FeedbackSimulation(Bot bot, long seed, PrintStream progress, String bar) {
        this.bot = bot;
        this.seed = seed;
        this.progress = progress;
        this.bar = bar;
    }

    public Result run(List<JsonNode> rows, List<String> modes, FeedbackProtocol protocol, int startDay, int days, int scoredFrom,
                      boolean subscribeSeedTags) {
        TreeMap<LocalDate, List<Paper>> byDay = new TreeMap<>();
        Map<String, List<String>> categories = new HashMap<>();
        for (JsonNode row : rows) {
            LocalDate day = LocalDate.parse(row.get("listing_date").asText());
            String id = row.get("id").asText();
            categories.put(id, EvalData.strings(row.get("categories")));
            // The bot sees no categories: they are the hidden truth.
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new Paper(id, row.get("title").asText(), row.get("abstract").asText(),
                    EvalData.strings(row.get("authors")), List.of(), day.atStartOfDay(ZoneOffset.UTC).toInstant(), 0, 0, "eval"));
        }
        List<LocalDate> calendar = new ArrayList<>(byDay.keySet());
        if (startDay < SEED_DAYS || startDay + days > calendar.size()) {
            throw new IllegalArgumentException("the data has " + calendar.size() + " listing days; start-day must be "
                    + SEED_DAYS + ".." + (calendar.size() - days));
        }
        List<LocalDate> seedDays = calendar.subList(startDay - SEED_DAYS, startDay);
        List<LocalDate> runDays = calendar.subList(startDay, startDay + days);

        List<Paper> seedPool = new ArrayList<>();
        for (LocalDate d : seedDays) {
            bot.ingest(byDay.get(d), at(d, protocol.ingestHour()));
            seedPool.addAll(byDay.get(d));
        }
        List<Interest> interests = protocol.interestsFor(
                runDays.stream().flatMap(d -> byDay.get(d).stream()).map(p -> categories.get(p.id())).toList(), days,
                seedPool.stream().map(p -> categories.get(p.id())).toList(), SEEDS, seed);
        progress.println("interests: " + interests.stream().map(Interest::name).toList());
        Instant start = at(seedDays.get(seedDays.size() - 1), protocol.digestHour());
        List<String> refused = new ArrayList<>();
        for (Interest interest : interests) {
            List<String> seeds = seeds(seedPool.stream().map(Paper::id).toList(), categories, interest, seed);
            Set<String> tags = subscribeSeedTags ? seedTags(seeds) : Set.of();
            for (String mode : modes) {
                bot.createChannel(channel(mode, interest), mode, tags, start);
                refused.addAll(bot.seed(channel(mode, interest), seeds, start));
                if (bar != null) {
                    bot.setBar(channel(mode, interest), bar, SIZE, start);
                }
            }
        }
        refused.forEach(r -> progress.println("seed refused: " + r));
        Map<String, double[]> perDay = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> perInterestSums = new LinkedHashMap<>();
        modes.forEach(m -> perDay.put(m, new double[days]));
        modes.forEach(m -> perInterestSums.put(m, new LinkedHashMap<>()));
        Map<String, int[]> postedHits = new LinkedHashMap<>();
        modes.forEach(m -> postedHits.put(m, new int[2]));
        for (int k = 0; k < days; k++) {
            LocalDate day = runDays.get(k);
            bot.ingest(byDay.get(day), at(day, protocol.ingestHour()));
            for (String mode : modes) {
                double sum = 0;
                for (Interest interest : interests) {
                    List<Bot.Delivered> picks = bar == null ? bot.digest(channel(mode, interest), SIZE, at(day, protocol.digestHour()))
                            : bot.scheduledDigest(channel(mode, interest), at(day, protocol.digestHour()));
                    int hits = 0;
                    for (Bot.Delivered d : picks) {
                        boolean inside = interest.matches(categories.get(d.paperId()));
                        hits += inside ? 1 : 0;
                        react(protocol, mode, interest, day, d, inside);
                    }
                    double precision = hits / (double) SIZE;
                    sum += precision;
                    if (k + 1 >= scoredFrom) {
                        postedHits.get(mode)[0] += hits;
                        postedHits.get(mode)[1] += picks.size();
                        perInterestSums.get(mode).computeIfAbsent(interest.name(), n -> new double[1])[0] += precision;
                    }
                }
                perDay.get(mode)[k] = sum / interests.size();
            }
            StringBuilder line = new StringBuilder("day " + (k + 1) + "/" + days + " (" + day + "):");
            for (String m : modes) {
                line.append(String.format(" %s %.3f", m, perDay.get(m)[k]));
            }
            progress.println(line);
        }
        Map<String, Double> scored = new LinkedHashMap<>();
        Map<String, Map<String, Double>> perInterest = new LinkedHashMap<>();
        int scoredDays = days - scoredFrom + 1;
        for (String mode : modes) {
            double total = 0;
            for (int k = scoredFrom - 1; k < days; k++) {
                total += perDay.get(mode)[k];
            }
            scored.put(mode, total / scoredDays);
            Map<String, Double> byInterest = new LinkedHashMap<>();
            perInterestSums.get(mode).forEach((name, s) -> byInterest.put(name, s[0] / scoredDays));
            perInterest.put(mode, byInterest);
        }
        Map<String, Double> precision = new LinkedHashMap<>();
        Map<String, Double> volume = new LinkedHashMap<>();
        for (String mode : modes) {
            int[] h = postedHits.get(mode);
            precision.put(mode, h[1] == 0 ? 0 : h[0] / (double) h[1]);
            volume.put(mode, h[1] / (double) (scoredDays * interests.size()));
        }
        return new Result(modes, days, perDay, perInterest, scored, runDays.get(0), scoredFrom, refused,
                new Posted(bar == null ? "none (`/papers digest 5`)" : bar, precision, volume), interests);
    }


    /** The papers a channel of {@code interest} seeds: {@value #SEEDS} of the seed days' papers inside it, drawn by {@code seed}. */
    static List<String> seeds(List<String> seedPool, Map<String, List<String>> categories, Interest interest, long seed) {
        List<String> inside = new ArrayList<>(seedPool.stream().filter(id -> interest.matches(categories.get(id))).toList());
        Collections.shuffle(inside, new Random(seed * 7919 + interest.name().hashCode()));
        return List.copyOf(inside.subList(0, Math.min(SEEDS, inside.size())));
    }

    private void react(FeedbackProtocol protocol, String mode, Interest interest, LocalDate day, Bot.Delivered delivered, boolean inside) {
        Instant at = at(day, protocol.digestHour()).plusSeconds(60);
        for (int member = 0; member < protocol.reacts().length; member++) {
            // The same member makes the same choice in every mode, so modes differ only by what they picked.
            Random r = new Random(seed ^ (interest.name().hashCode() * 31L + delivered.paperId().hashCode()) * 131 + member);
            if (r.nextDouble() < protocol.reacts()[member]) {
                boolean likes = inside != (r.nextDouble() < protocol.flip());
                bot.react(channel(mode, interest), "member" + member, delivered.messageId(), likes ? "+1" : "-1", at.plusSeconds(member));
            }
        }
    }

    /** What a member would subscribe to: the two tags most common on the channel's seeds. */
    private Set<String> seedTags(List<String> seeds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : seeds) {
            List<String> tags = bot.tagsOf(id);
            tags.stream().limit(3).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(2).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    static String channel(String mode, Interest interest) {
        return mode + ":" + interest.name();
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
