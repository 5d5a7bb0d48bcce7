package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns scored candidates into a digest: best first, never two near duplicates, and a small share of slots for
 * the papers the taste model is least sure of (exploration), each with a reason a member can check.
 */
final class DigestComposer {

    private static final double NEAR_DUPLICATE = 0.92;
    private static final int EXPLORE_POOL = 100;
    private static final double RESEMBLES = 0.35;

    private final RankRequest request;
    private final List<Paper> candidates;
    private final RankingFeatures features;
    private final Map<String, float[]> positiveVectors;
    private final Map<String, List<TagScore>> tags;
    private final Map<String, String> titles;
    private final List<String> positives;
    private final double[] score;
    private final double[] probability;
    private final double[] evidence;
    private final RankingWeights weights;
    private final Random random;
    private boolean hasTaste;

    DigestComposer(RankRequest request, List<Paper> candidates, RankingFeatures features, Map<String, float[]> positiveVectors,
                   Map<String, List<TagScore>> tags,
                   Map<String, String> titles, List<String> positives, double[] score, double[] probability, double[] evidence,
                   RankingWeights weights, Random random) {
        this.request = request;
        this.candidates = candidates;
        this.features = features;
        this.positiveVectors = positiveVectors;
        this.tags = tags;
        this.titles = titles;
        this.positives = positives;
        this.score = score;
        this.probability = probability;
        this.evidence = evidence;
        this.weights = weights;
        this.random = random;
    }

    List<Pick> compose(boolean taste) {
        this.hasTaste = taste;
        int size = Math.min(request.size(), candidates.size());
        double share = size * weights.exploration();
        int explore = hasTaste ? (int) share + (random.nextDouble() < share - Math.floor(share) ? 1 : 0) : 0;
        explore = Math.min(explore, Math.max(0, size - 1));
        // The best few hundred are enough unless near duplicates crowd them out; then every candidate is ordered.
        List<Integer> order = best(4 * (size + request.spares()) + EXPLORE_POOL);
        List<Integer> chosen = choose(order, size - explore);
        if (chosen.size() < size - explore && order.size() < candidates.size()) {
            order = best(candidates.size());
            chosen = choose(order, size - explore);
        }
        List<Integer> exploring = new ArrayList<>();
        if (explore > 0) {
            List<Integer> taken = chosen;
            List<Integer> pool = order.stream().filter(i -> !taken.contains(i)).limit(EXPLORE_POOL)
                    .sorted(Comparator.comparingDouble((Integer i) -> Math.abs(probability[i] - 0.5)))
                    .limit(Math.max(3, explore * 3L)).collect(Collectors.toCollection(ArrayList::new));
            java.util.Collections.shuffle(pool, random);
            for (int i : pool) {
                if (exploring.size() >= explore) {
                    break;
                }
                List<Integer> all = new ArrayList<>(chosen);
                all.addAll(exploring);
                if (!nearDuplicate(i, all)) {
                    exploring.add(i);
                }
            }
        }
        List<Pick> picks = new ArrayList<>();
        chosen.forEach(i -> picks.add(pick(i, false)));
        exploring.forEach(i -> picks.add(pick(i, true)));
        // Spares come last, best first: they stand in only for papers a digest running alongside claimed.
        spares(order, chosen, exploring).forEach(i -> picks.add(pick(i, false)));
        return picks;
    }

    private List<Integer> spares(List<Integer> order, List<Integer> chosen, List<Integer> exploring) {
        int wanted = Math.min(request.spares(), candidates.size() - chosen.size() - exploring.size());
        if (wanted <= 0) {
            return List.of();
        }
        List<Integer> taken = new ArrayList<>(chosen);
        taken.addAll(exploring);
        List<Integer> spares = new ArrayList<>();
        List<Integer> from = order.size() < candidates.size() && order.size() < taken.size() + 4 * wanted ? best(candidates.size()) : order;
        for (int i : from) {
            if (spares.size() >= wanted) {
                break;
            }
            if (!taken.contains(i) && !nearDuplicate(i, taken)) {
                spares.add(i);
                taken.add(i);
            }
        }
        return spares;
    }

    /** The {@code m} best candidates (ties at the edge included), best first, ties by id. */
    private List<Integer> best(int m) {
        int n = candidates.size();
        double threshold = Double.NEGATIVE_INFINITY;
        if (m < n) {
            double[] sorted = score.clone();
            Arrays.sort(sorted);
            threshold = sorted[n - m];
        }
        double floor = threshold;
        return IntStream.range(0, n).filter(i -> score[i] >= floor).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> candidates.get(i).id()))
                .toList();
    }

    private List<Integer> choose(List<Integer> order, int wanted) {
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() >= wanted) {
                break;
            }
            if (!nearDuplicate(i, chosen)) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private boolean nearDuplicate(int i, List<Integer> chosen) {
        return chosen.stream().anyMatch(j -> features.cosine(i, j) > NEAR_DUPLICATE);
    }

    private Pick pick(int i, boolean exploring) {
        Paper p = candidates.get(i);
        List<TagScore> paperTags = tags.getOrDefault(p.id(), List.of());
        List<String> reasons = new ArrayList<>();
        String matched = paperTags.stream().filter(t -> request.subscribedTags().contains(t.tag()))
                .map(t -> "#" + t.tag()).collect(Collectors.joining(" "));
        if (!matched.isEmpty()) {
            reasons.add("matches " + matched);
        }
        if (exploring) {
            reasons.add("a wildcard: I'm unsure this suits the channel, your reaction teaches me");
        } else {
            resembles(i).ifPresent(reasons::add);
        }
        if (p.upvotes() > 0) {
            reasons.add(p.upvotes() + " upvotes");
        }
        reasons.add("published " + p.published().atOffset(ZoneOffset.UTC).toLocalDate());
        // The taste's evidence rides along so the planner can calibrate it for the channel's bar; none without a taste model.
        return new Pick(p, paperTags, Math.round(score[i] * 1000) / 1000.0, String.join("; ", reasons), hasTaste ? evidence[i] : Double.NaN,
                Double.NaN,
                exploring);
    }

    /** "like <title>" for the liked or seeded paper this one is closest to, when it is close enough to say so. */
    private java.util.Optional<String> resembles(int i) {
        String best = null;
        double bestSim = RESEMBLES;
        for (String id : positives) {
            double sim = features.cosine(i, positiveVectors.get(id));
            if (sim > bestSim) {
                bestSim = sim;
                best = id;
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        String title = titles.getOrDefault(best, best);
        return java.util.Optional.of("like \"" + (title.length() > 70 ? title.substring(0, 67) + "…" : title) + "\", which this channel liked or seeded");
    }
}
