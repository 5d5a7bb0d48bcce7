package dev.paperboy.eval;

import dev.paperboy.eval.FeedbackSimulation.Interest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * How the simulated channels behave. {@link #design} is the protocol of ../shared/DESIGN.md ("What good means"): a
 * dozen interests, each a rare category or the intersection of two, chosen from the data by the seed; the listing is
 * ingested at 20:00 and each channel asks for its digest at 21:00; 4 members each react with probability 0.6 and
 * flip their vote with probability 0.05. {@link #legacy} is the earlier protocol: 14 fixed interests, the listing
 * at 00:00, digests at 09:00, one member reacting to 90% of picks, one to half, one never, no noise.
 *
 * @param interests fixed interests, or empty to choose them from the data
 * @param reacts    each member's probability of reacting to a pick
 * @param flip      probability that a reaction says the opposite of what the member's interest says
 */
public record FeedbackProtocol(String name, Optional<List<Interest>> interests, double[] reacts, double flip, int ingestHour,
                               int digestHour) {

    /** Interests drawn from the data: half rare single categories, half intersections of two. */
    static final int INTERESTS = 12;
    /** A rare interest has at least this many papers per listing day on average, so digests can find some… */
    static final double MIN_PER_DAY = 2;
    /** …and at most this share of the listing. */
    static final double MAX_SHARE = 0.05;

    public static FeedbackProtocol design() {
        return new FeedbackProtocol("design", Optional.empty(), new double[] {0.6, 0.6, 0.6, 0.6}, 0.05, 20, 21);
    }

    public static FeedbackProtocol legacy() {
        return new FeedbackProtocol("legacy", Optional.of(FeedbackSimulation.DEFAULT_INTERESTS), new double[] {0.9, 0.5, 0.0}, 0, 0, 9);
    }

    public static FeedbackProtocol named(String name) {
        return switch (name) {
            case "design" -> design();
            case "legacy" -> legacy();
            default -> throw new IllegalArgumentException("unknown protocol " + name + " (design or legacy)");
        };
    }

    /**
     * The interests of this run: the fixed ones, or {@value #INTERESTS} drawn by {@code seed} among the single
     * categories and pairs that are rare in the window (see {@link #MIN_PER_DAY}, {@link #MAX_SHARE}), have at least
     * {@code seeds} papers in the seed days, and are not one category under two names (a pair nearly always together).
     */
    List<Interest> interestsFor(List<List<String>> window, int windowDays, List<List<String>> seedPool, int seeds, long seed) {
        if (interests.isPresent()) {
            return interests.get();
        }
        Map<List<String>, Integer> inWindow = counts(window);
        Map<List<String>, Integer> inSeeds = counts(seedPool);
        List<List<String>> singles = new ArrayList<>();
        List<List<String>> pairs = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>(inWindow.keySet());
        keys.sort(Comparator.comparing(k -> String.join("+", k)));
        for (List<String> key : keys) {
            int n = inWindow.get(key);
            boolean rare = n / (double) windowDays >= MIN_PER_DAY && n / (double) window.size() <= MAX_SHARE;
            if (!rare || inSeeds.getOrDefault(key, 0) < seeds) {
                continue;
            }
            if (key.size() == 1) {
                singles.add(key);
            } else if (n < 0.95 * Math.min(inWindow.get(key.subList(0, 1)), inWindow.get(key.subList(1, 2)))) {
                pairs.add(key);
            }
        }
        Collections.shuffle(singles, new Random(seed));
        Collections.shuffle(pairs, new Random(seed + 1));
        List<Interest> chosen = new ArrayList<>();
        int fromPairs = Math.min(pairs.size(), Math.max(INTERESTS / 2, INTERESTS - singles.size()));
        pairs.stream().limit(fromPairs).forEach(k -> chosen.add(new Interest(String.join("+", k), k)));
        singles.stream().limit(INTERESTS - fromPairs).forEach(k -> chosen.add(new Interest(k.get(0), k)));
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no rare category or pair in the window has " + seeds + " papers in the seed days");
        }
        return chosen;
    }

    private static Map<List<String>, Integer> counts(List<List<String>> papers) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Collection<String> categories : papers) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(categories));
            for (int i = 0; i < sorted.size(); i++) {
                counts.merge(List.of(sorted.get(i)), 1, Integer::sum);
                for (int j = i + 1; j < sorted.size(); j++) {
                    counts.merge(List.of(sorted.get(i), sorted.get(j)), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
