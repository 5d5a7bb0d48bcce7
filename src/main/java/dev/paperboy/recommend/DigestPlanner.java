package dev.paperboy.recommend;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.Opinion;
import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a channel's digest: its candidates (never sent, fresh, matching its tags), minus what its members
 * liked, disliked, saved or seeded, ordered by the configured ranker.
 */
public final class DigestPlanner {

    /** How many candidates a ranker sees at most; the newest are kept. */
    private static final int CANDIDATE_LIMIT = 5_000;

    private final CandidatePool candidates;
    private final TagStore tags;
    private final FeedbackService feedback;
    private final Ranker ranker;
    private final Duration freshness;
    private final Follows.Lookup follows;
    private final FollowMeaning meaning;

    public DigestPlanner(CandidatePool candidates, TagStore tags, FeedbackService feedback, Ranker ranker, Duration freshness) {
        this(candidates, tags, feedback, ranker, freshness, Follows.Lookup.NONE, FollowMeaning.wordsOnly());
    }

    /**
     * @param follows each channel's follows and mutes, read once per plan
     * @param meaning how a follow's words match papers that say them otherwise
     */
    public DigestPlanner(CandidatePool candidates, TagStore tags, FeedbackService feedback, Ranker ranker, Duration freshness,
                         Follows.Lookup follows, FollowMeaning meaning) {
        this.follows = follows;
        this.meaning = meaning;
        this.candidates = candidates;
        this.tags = tags;
        this.feedback = feedback;
        this.ranker = ranker;
        this.freshness = freshness;
    }

    public List<Pick> plan(long channelId, Set<String> subscribedTags, int size, Instant now) {
        Planned planned = request(channelId, subscribedTags, size, 0, now);
        return planned == null ? List.of() : ranked(planned);
    }

    /**
     * A digest under the channel's quality bar: the picks best first, each with its calibrated likelihood when the
     * channel has a taste model. With {@code enforce} (a scheduled digest) only picks that clear the bar are returned;
     * without (a digest a member asked for) the best are returned anyway, and the plan says which cleared.
     */
    public BarredPlan plan(long channelId, Set<String> subscribedTags, int size, int spares, Instant now, QualityBar bar,
                           boolean enforce) {
        Planned planned = request(channelId, subscribedTags, size, spares, now);
        if (planned == null) {
            return new BarredPlan(List.of(), null, 0);
        }
        List<Pick> picks = ranked(planned);
        if (picks.stream().noneMatch(p -> !Double.isNaN(p.evidence()))) {
            return new BarredPlan(picks, null, picks.size()); // no model yet: nothing to calibrate, no bar to hold to
        }
        ChannelBar chart = bar(channelId, bar, planned.request().opinions(), now);
        List<Pick> scored = picks.stream().map(p -> p.withLikelihood(chart.calibration().likelihood(p.evidence()))).toList();
        if (!enforce) {
            return new BarredPlan(scored, chart, scored.size());
        }
        return new BarredPlan(chart.held(scored, size), chart, scored.size());
    }

    /** The channel's bar as its history sets it: for {@code /papers settings} and for each digest. */
    public ChannelBar bar(long channelId, QualityBar setting, Instant now) {
        return bar(channelId, setting, feedback.opinions(channelId), now);
    }

    private ChannelBar bar(long channelId, QualityBar setting, Map<String, Opinion> opinions, Instant now) {
        return ChannelBar.of(setting, candidates.scoredDeliveries(channelId, ChannelBar.HISTORY), opinions, now);
    }

    /**
     * A plan's picks and the bar they were held to (null when none could apply: no taste model yet); {@code ranked}
     * is how many the ranker offered before the bar.
     */
    public record BarredPlan(List<Pick> picks, ChannelBar bar, int ranked) {

        /** How many of the first {@code n} picks clear the bar. */
        public int cleared(int n) {
            return (int) picks.stream().limit(n).filter(p -> bar == null || bar.clears(p)).count();
        }

        /** Whether a bar applied to this plan. */
        public boolean barred() {
            return bar != null && bar.applies();
        }
    }

    private List<Pick> ranked(Planned planned) {
        List<Pick> picks = ranker.rank(planned.request());
        Map<String, String> followed = planned.followed();
        if (followed.isEmpty()) {
            return picks;
        }
        // A paper a follow brought in says so first: the channel asked for it by name.
        return picks.stream().map(p -> {
            String follow = followed.get(p.paper().id());
            return follow == null ? p : p.withWhy(p.why().isBlank() ? follow : follow + "; " + p.why());
        }).toList();
    }

    /**
     * How many papers of the freshness window match {@code filter}: for the answer to a new follow (its words or their
     * meaning) or mute (its words only).
     */
    public int freshMatches(dev.paperboy.search.PaperFilter filter, boolean follow, Instant now) {
        return candidates.matching(filter, follow ? meaning : FollowMeaning.wordsOnly(), now.minus(freshness));
    }

    /**
     * Does ahead of time what the channel's next plan would otherwise do first (train its taste model), as after
     * its members reacted: the digest then only ranks.
     */
    public void prepare(long channelId, Set<String> subscribedTags, Instant now) {
        Planned planned = request(channelId, subscribedTags, 1, 0, now);
        if (planned != null) {
            ranker.prepare(planned.request());
        }
    }

    /** A ranker's request, and the reason of each candidate a follow brought in. */
    private record Planned(RankRequest request, Map<String, String> followed) {
    }

    private Planned request(long channelId, Set<String> subscribedTags, int size, int spares, Instant now) {
        Map<String, Opinion> opinions = feedback.opinions(channelId);
        Set<String> seeds = feedback.seeds(channelId);
        // What members already said something about (liked, disliked, saved) or seeded is never offered again.
        Set<String> excluded = new java.util.HashSet<>(seeds);
        excluded.addAll(opinions.keySet());
        CandidatePool.Candidates found = candidates.unseen(channelId, subscribedTags, follows.of(channelId), meaning, now.minus(freshness), now,
                CANDIDATE_LIMIT, excluded);
        if (found.papers().isEmpty() || size <= 0) {
            return null;
        }
        return new Planned(new RankRequest(channelId, subscribedTags, found.papers(), found.tags(), opinions, seeds, size, now,
                found.slots(), spares), found.followed());
    }

    /** Why a paper suits (or would suit) this channel, for {@code /papers why}: the ranker's own reason. */
    public String why(long channelId, Set<String> subscribedTags, Paper paper, Instant now) {
        Map<String, List<TagScore>> tagMap = tags.effectiveTags(List.of(paper.id()));
        List<TagScore> paperTags = tagMap.getOrDefault(paper.id(), List.of());
        Map<String, Opinion> opinions = feedback.opinions(channelId);
        String reason = ranker.explain(new RankRequest(channelId, subscribedTags, List.of(paper), tagMap, opinions,
                feedback.seeds(channelId), 1, now)).stream().findFirst().map(Pick::why).orElse("");
        Opinion opinion = opinions.get(paper.id());
        String votes = opinion == null ? "" : "; members: " + opinion.positive() + " 👍, " + opinion.negative() + " 👎"
                + (opinion.saves() > 0 ? ", " + opinion.saves() + " saved" : "");
        String all = paperTags.isEmpty() ? "no tags" : "tags " + paperTags.stream().map(t -> "#" + t.tag()).reduce((a, b) -> a + " " + b).orElse("");
        return reason + "; " + all + votes;
    }
}
