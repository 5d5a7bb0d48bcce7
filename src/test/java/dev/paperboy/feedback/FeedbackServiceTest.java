package dev.paperboy.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackServiceTest {

    /** A hand-written fake of the store. */
    static final class MemoryFeedbackStore implements FeedbackStore {
        final List<Signal> signals = new ArrayList<>();
        final Map<Long, Set<String>> seeds = new HashMap<>();

        @Override
        public void record(Signal signal) {
            signals.add(signal);
        }

        @Override
        public List<Signal> signals(long channelId) {
            return signals.stream().filter(s -> s.channelId() == channelId).toList();
        }

        @Override
        public boolean addSeed(long channelId, String paperId, String source, Instant at) {
            return seeds.computeIfAbsent(channelId, k -> new HashSet<>()).add(paperId);
        }

        @Override
        public int addSeeds(long channelId, java.util.Collection<String> paperIds, String source, Instant at) {
            return (int) paperIds.stream().filter(id -> addSeed(channelId, id, source, at)).count();
        }

        @Override
        public Set<String> seeds(long channelId) {
            return seeds.getOrDefault(channelId, Set.of());
        }

        @Override
        public boolean removeSeed(long channelId, String paperId) {
            return seeds.getOrDefault(channelId, new HashSet<>()).remove(paperId);
        }

        @Override
        public void forget(long channelId) {
            signals.removeIf(s -> s.channelId() == channelId);
            seeds.remove(channelId);
        }
    }

    private final MemoryFeedbackStore store = new MemoryFeedbackStore();
    private final FeedbackService feedback = new FeedbackService(store,
            new EmojiMeanings(List.of("+1", "heart"), List.of("-1"), List.of("bookmark")));
    private int second;

    private Instant next() {
        return Instant.parse("2025-07-04T09:00:00Z").plusSeconds(second++);
    }

    @Test
    void eachMemberCountsOnceByTheirLatestVote() {
        feedback.react(1, "p1", "u1", "m1", "+1", false, next());
        feedback.react(1, "p1", "u1", "m1", "heart", false, next());
        feedback.react(1, "p1", "u2", "m1", "👍", false, next());
        assertThat(feedback.opinions(1).get("p1")).isEqualTo(new Opinion("p1", 2, 0, 0));

        feedback.react(1, "p1", "u2", "m1", "-1", false, next());
        assertThat(feedback.opinions(1).get("p1")).isEqualTo(new Opinion("p1", 1, 1, 0));
    }

    @Test
    void removingAReactionUndoesIt() {
        feedback.react(1, "p1", "u1", "m1", "-1", false, next());
        assertThat(feedback.opinions(1).get("p1").disliked()).isTrue();
        feedback.react(1, "p1", "u1", "m1", "-1", true, next());
        assertThat(feedback.opinions(1)).doesNotContainKey("p1");
    }

    @Test
    void removingTheLatestVoteRevertsToTheEarlierOne() {
        feedback.react(1, "p1", "u1", "m1", "+1", false, next());
        feedback.react(1, "p1", "u1", "m1", "-1", false, next());
        feedback.react(1, "p1", "u1", "m1", "-1", true, next());
        assertThat(feedback.opinions(1).get("p1").liked()).isTrue();
    }

    @Test
    void commandsReplaceEachOtherAndSavesCountApart() {
        feedback.dislike(1, "p1", "u1", next());
        feedback.like(1, "p1", "u1", next());
        feedback.react(1, "p1", "u1", "m1", "bookmark", false, next());
        assertThat(feedback.opinions(1).get("p1")).isEqualTo(new Opinion("p1", 1, 0, 1));
    }

    @Test
    void reactionsThatMeanNothingAreNotStoredAndChannelsStayApart() {
        assertThat(feedback.react(1, "p1", "u1", "m1", "thinking_face", false, next())).isEqualTo(Meaning.NONE);
        assertThat(store.signals).isEmpty();
        feedback.react(2, "p1", "u1", "m1", "+1", false, next());
        assertThat(feedback.opinions(1)).isEmpty();
    }

    @Test
    void emojiAreNormalized() {
        assertThat(EmojiMeanings.normalize(":thumbsup::skin-tone-3:")).isEqualTo("+1");
        assertThat(EmojiMeanings.normalize("👍🏽")).isEqualTo("+1");
        assertThat(EmojiMeanings.normalize("👎")).isEqualTo("-1");
        assertThat(EmojiMeanings.normalize("🔖")).isEqualTo("bookmark");
    }
}
