package dev.paperboy.recommend;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The {@code random} ranker: a uniform draw from the candidates. Seeded from the run's seed, the channel and the
 * day, so a run repeats exactly.
 */
public final class RandomRanker implements Ranker {

    private final long seed;

    public RandomRanker(long seed) {
        this.seed = seed;
    }

    @Override
    public List<Pick> rank(RankRequest request) {
        List<Pick> all = new ArrayList<>(request.candidates().stream()
                .sorted(Comparator.comparing(p -> p.id()))
                .map(p -> new Pick(p, request.tags().getOrDefault(p.id(), List.of()), 0.0, "picked at random (ranking.mode=random)"))
                .toList());
        long day = request.now().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
        Collections.shuffle(all, new Random(seed * 31 + request.channelId() * 1_000_003L + day));
        return all.subList(0, Math.min(request.wanted(), all.size()));
    }

    @Override
    public List<Pick> explain(RankRequest request) {
        return rank(request);
    }
}
