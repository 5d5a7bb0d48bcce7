package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code tags-only} ranker: papers that match more of the channel's tags, more surely, come first; among
 * equals the newest. It learns nothing, which makes it the baseline the learned ranker must beat.
 */
public final class TagRecencyRanker implements Ranker {

    @Override
    public List<Pick> rank(RankRequest request) {
        List<Paper> candidates = request.candidates();
        double[] score = new double[candidates.size()];
        for (int i = 0; i < score.length; i++) {
            double sum = 0;
            for (TagScore t : request.tags().getOrDefault(candidates.get(i).id(), List.of())) {
                if (request.subscribedTags().contains(t.tag())) {
                    sum += t.confidence();
                }
            }
            score[i] = Math.round(sum * 1000) / 1000.0;
        }
        // The best few by a bounded heap (the digest is a handful of thousands of candidates); only they get a
        // reason written.
        Comparator<Integer> better = Comparator.comparingDouble((Integer i) -> -score[i])
                .thenComparing((Integer i) -> candidates.get(i).published(), Comparator.reverseOrder())
                .thenComparing(i -> candidates.get(i).id());
        int size = Math.min(request.wanted(), score.length);
        PriorityQueue<Integer> best = new PriorityQueue<>(Math.max(1, size + 1), better.reversed());
        for (int i = 0; i < score.length; i++) {
            if (best.size() < size) {
                best.add(i);
            } else if (size > 0 && better.compare(i, best.peek()) < 0) {
                best.poll();
                best.add(i);
            }
        }
        return best.stream().sorted(better).map(i -> pick(candidates.get(i), score[i], request)).toList();
    }

    private static Pick pick(Paper paper, double score, RankRequest request) {
        List<TagScore> tags = request.tags().getOrDefault(paper.id(), List.of());
        List<TagScore> matched = tags.stream().filter(t -> request.subscribedTags().contains(t.tag())).toList();
        return new Pick(paper, tags, score, Explanations.tagsAndDate(matched, paper, request.now()));
    }

    static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    @Override
    public List<Pick> explain(RankRequest request) {
        return rank(request);
    }
}
