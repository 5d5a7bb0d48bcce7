package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.feedback.Opinion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a channel's history makes of its bar: the default, the auto bar's number, and ignored papers. */
class ChannelBarTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void theDefaultIsOffUntilMembersReactThenAutoOnceThreeLikedPapersWereScored() {
        assertThat(ChannelBar.of(QualityBar.UNSET, List.of(), Map.of(), NOW).effective()).isEqualTo(QualityBar.Kind.OFF);

        List<CandidateStore.ScoredDelivery> history = new ArrayList<>();
        Map<String, Opinion> opinions = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            history.add(new CandidateStore.ScoredDelivery("liked" + i, 2.0 + i, NOW.minus(Duration.ofDays(3))));
            opinions.put("liked" + i, new Opinion("liked" + i, 1, 0, 0));
        }
        ChannelBar two = ChannelBar.of(QualityBar.UNSET, history, opinions, NOW);
        assertThat(two.effective()).isEqualTo(QualityBar.Kind.AUTO);
        assertThat(two.applies()).as("two liked papers say nothing yet").isFalse();
        assertThat(two.describe()).contains("not set yet").contains("2 so far");

        for (int i = 2; i < 8; i++) {
            history.add(new CandidateStore.ScoredDelivery("liked" + i, 2.0 + i * 0.1, NOW.minus(Duration.ofDays(3))));
            opinions.put("liked" + i, new Opinion("liked" + i, 2, 0, 0));
        }
        for (int i = 0; i < 8; i++) {
            history.add(new CandidateStore.ScoredDelivery("disliked" + i, -1.0 + i * 0.1, NOW.minus(Duration.ofDays(3))));
            opinions.put("disliked" + i, new Opinion("disliked" + i, 0, 1, 0));
        }
        ChannelBar auto = ChannelBar.of(QualityBar.UNSET, history, opinions, NOW);
        assertThat(auto.applies()).isTrue();
        // Three in four of the liked papers are at least this likely, so it lies between the liked ones' likelihoods.
        double[] liked = history.stream().filter(d -> d.paperId().startsWith("liked"))
                .mapToDouble(d -> auto.calibration().likelihood(d.score())).sorted().toArray();
        assertThat(auto.bar()).isEqualTo(liked[(int) Math.floor(0.25 * (liked.length - 1))]);
        assertThat(auto.describe()).startsWith("auto (the default once members react): 0.").contains("3 in 4");
    }

    @Test
    void aPaperNobodyReactedToCountsAsNotLikedOnlyAfterADay() {
        Map<String, Opinion> opinions = Map.of("a", new Opinion("a", 1, 0, 0));
        List<CandidateStore.ScoredDelivery> fresh = List.of(new CandidateStore.ScoredDelivery("a", 1.0, NOW.minus(Duration.ofDays(2))),
                new CandidateStore.ScoredDelivery("b", 1.0, NOW.minus(Duration.ofHours(2))));
        assertThat(ChannelBar.of(QualityBar.AUTO, fresh, opinions, NOW).calibration().votes()).isEqualTo(1);
        List<CandidateStore.ScoredDelivery> old = List.of(fresh.get(0), new CandidateStore.ScoredDelivery("b", 1.0, NOW.minus(Duration.ofDays(2))));
        assertThat(ChannelBar.of(QualityBar.AUTO, old, opinions, NOW).calibration().votes()).isEqualTo(2);
    }

    @Test
    void aFixedBarIsHeldAsSetAndAPickNoModelScoredIsNotHeldToIt() {
        ChannelBar fixed = ChannelBar.of(QualityBar.fixed(0.6), List.of(), Map.of(), NOW);
        assertThat(fixed.bar()).isEqualTo(0.6);
        assertThat(fixed.describe()).startsWith("0.60 (scheduled digests post only papers");
        Pick unscored = new Pick(new dev.paperboy.paper.Paper("p", "T", "A", List.of(), List.of(), NOW, 0, 1, "t"), List.of(), 1.0, "");
        assertThat(fixed.clears(unscored)).isTrue();
        assertThat(fixed.clears(unscored.withLikelihood(0.59))).isFalse();
        assertThat(fixed.clears(unscored.withLikelihood(0.6))).isTrue();
    }

    @Test
    void anAutoBarKeepsTheBestHalfOfADigestWhateverTheirLikelihoodAndAFixedBarIsHeldAsSet() {
        List<CandidateStore.ScoredDelivery> history = new ArrayList<>();
        Map<String, Opinion> opinions = new HashMap<>();
        eightLikedAboveEightDisliked(history, opinions);
        ChannelBar auto = ChannelBar.of(QualityBar.UNSET, history, opinions, NOW);
        assertThat(auto.applies()).isTrue();
        // Ten picks, best first, the sixth the only one likely enough to clear.
        List<Pick> scored = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double likelihood = i == 5 ? Math.min(1, auto.bar() + 0.01) : auto.bar() / 2;
            scored.add(new Pick(new dev.paperboy.paper.Paper("p" + i, "Paper " + i, "An abstract.", List.of("A. Author"),
                    List.of("cs.LG"), NOW, 0, 1, "test"), List.of(), 1.0 - i * 0.1, "why", 1.0 - i * 0.1, likelihood));
        }

        assertThat(auto.held(scored, 5)).extracting(p -> p.paper().id()).containsExactly("p0", "p1", "p2", "p5");

        ChannelBar fixed = ChannelBar.of(QualityBar.fixed(0.99), history, opinions, NOW);
        assertThat(fixed.held(scored.subList(0, 5), 5)).as("nothing clears 0.99, and a manager's bar has no floor").isEmpty();
    }

    @Test
    void aWildcardIsNotHeldToAnAutoBarButIsToABarAManagerSet() {
        List<CandidateStore.ScoredDelivery> history = new ArrayList<>();
        Map<String, Opinion> opinions = new HashMap<>();
        eightLikedAboveEightDisliked(history, opinions);
        ChannelBar auto = ChannelBar.of(QualityBar.UNSET, history, opinions, NOW);
        assertThat(auto.applies()).isTrue();
        dev.paperboy.paper.Paper paper = new dev.paperboy.paper.Paper("w", "Wildcard", "An abstract.", List.of("A. Author"),
                List.of("cs.LG"), NOW, 0, 1, "test");
        Pick wildcard = new Pick(paper, List.of(), 0.0, "a wildcard", 0.0, auto.bar() / 2, true);
        Pick ranked = new Pick(paper, List.of(), 0.0, "ranked", 0.0, auto.bar() / 2, false);

        assertThat(auto.clears(wildcard)).isTrue();
        assertThat(auto.clears(ranked)).isFalse();
        assertThat(ChannelBar.of(QualityBar.fixed(0.99), history, opinions, NOW).clears(wildcard)).isFalse();
    }

    /** Eight liked deliveries scored 2.0-2.7 and eight disliked scored -1.0 to -0.3, three days old. */
    private static void eightLikedAboveEightDisliked(List<CandidateStore.ScoredDelivery> history, Map<String, Opinion> opinions) {
        for (int i = 0; i < 8; i++) {
            history.add(new CandidateStore.ScoredDelivery("liked" + i, 2.0 + i * 0.1, NOW.minus(Duration.ofDays(3))));
            opinions.put("liked" + i, new Opinion("liked" + i, 1, 0, 0));
            history.add(new CandidateStore.ScoredDelivery("disliked" + i, -1.0 + i * 0.1, NOW.minus(Duration.ofDays(3))));
            opinions.put("disliked" + i, new Opinion("disliked" + i, 0, 1, 0));
        }
    }
}
