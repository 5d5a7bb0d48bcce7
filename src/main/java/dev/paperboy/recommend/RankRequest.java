package dev.paperboy.recommend;

import dev.paperboy.feedback.Opinion;
import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything a ranker may use to order a channel's candidates. */
public record RankRequest(
        long channelId,
        Set<String> subscribedTags,
        List<Paper> candidates,
        Map<String, List<TagScore>> tags,
        Map<String, Opinion> opinions,
        Set<String> seeds,
        int size,
        Instant now) {
}
