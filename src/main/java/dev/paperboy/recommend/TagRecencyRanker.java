package dev.paperboy.recommend;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code tags-only} ranker: papers that match more of the channel's tags, more surely, come first; among
 * equals the newest. It learns nothing, which makes it the baseline the learned ranker must beat.
 */
public final class TagRecencyRanker implements Ranker {

    @Override
    public List<Pick> rank(RankRequest request) {
        return request.candidates().stream()
                .map(p -> pick(p, request))
                .sorted(Comparator.comparingDouble(Pick::score).reversed()
                        .thenComparing((Pick pick) -> pick.paper().published(), Comparator.reverseOrder())
                        .thenComparing(pick -> pick.paper().id()))
                .limit(request.size())
                .toList();
    }

    private static Pick pick(Paper paper, RankRequest request) {
        List<TagScore> tags = request.tags().getOrDefault(paper.id(), List.of());
        List<TagScore> matched = tags.stream().filter(t -> request.subscribedTags().contains(t.tag())).toList();
        double score = matched.stream().mapToDouble(TagScore::confidence).sum();
        return new Pick(paper, tags, Math.round(score * 1000) / 1000.0, Explanations.tagsAndDate(matched, paper, request.now()));
    }

    static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
