package dev.paperboy.recommend;

import dev.paperboy.feedback.Opinion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a channel's history says about its bar: the {@link Calibration} fitted on its delivered papers, and the
 * {@code auto} bar, the likelihood above which three in four of its liked papers were. A delivered paper counts as
 * liked or disliked by its members' votes; one nobody reacted to within a day counts as not liked (ignored), and a
 * younger one not at all yet.
 *
 * @param bar the threshold a scheduled pick must reach; NaN when there is none (bar off, or {@code auto} without
 *            enough liked papers to say)
 */
public record ChannelBar(QualityBar setting, QualityBar.Kind effective, Calibration calibration, double bar, int likes) {

    /** Liked, scored papers the {@code auto} bar needs before it says anything. */
    static final int AUTO_MIN_LIKES = 3;
    /** The share of liked papers the {@code auto} bar keeps above it. */
    static final double AUTO_KEEPS = 0.75;
    /** How long members have to react before a delivered paper counts as ignored. */
    static final Duration IGNORED_AFTER = Duration.ofDays(1);
    /** Delivered papers read to calibrate, the newest. */
    static final int HISTORY = 500;

    static ChannelBar of(QualityBar setting, List<CandidateStore.ScoredDelivery> history, Map<String, Opinion> opinions, Instant now) {
        QualityBar.Kind effective = setting.kind() != QualityBar.Kind.UNSET ? setting.kind()
                : opinions.isEmpty() ? QualityBar.Kind.OFF : QualityBar.Kind.AUTO;
        List<Calibration.Vote> votes = new ArrayList<>();
        for (CandidateStore.ScoredDelivery d : history) {
            Opinion o = opinions.get(d.paperId());
            if (o != null && o.liked()) {
                votes.add(new Calibration.Vote(d.score(), true));
            } else if (o != null && o.disliked() || o == null && d.deliveredAt().isBefore(now.minus(IGNORED_AFTER))) {
                votes.add(new Calibration.Vote(d.score(), false));
            }
        }
        Calibration calibration = Calibration.fit(votes);
        double[] liked = votes.stream().filter(Calibration.Vote::liked).mapToDouble(v -> calibration.likelihood(v.score())).sorted().toArray();
        double bar = switch (effective) {
            case FIXED -> setting.value();
            case AUTO -> liked.length < AUTO_MIN_LIKES ? Double.NaN : liked[(int) Math.floor((1 - AUTO_KEEPS) * (liked.length - 1))];
            default -> Double.NaN;
        };
        return new ChannelBar(setting, effective, calibration, bar, liked.length);
    }

    /** Whether a scheduled digest holds its picks to a bar. */
    public boolean applies() {
        return !Double.isNaN(bar);
    }

    /**
     * Whether a pick clears the bar; a pick no model scored is not held to it, nor is a wildcard to an {@code auto}
     * bar: the wildcards are how the model, and with it the bar, learns where its boundary is, and by choice they sit
     * near it (probability about ½), below most auto bars. A bar a manager set holds them too.
     */
    public boolean clears(Pick pick) {
        return !applies() || !pick.hasLikelihood() || pick.wildcard() && effective == QualityBar.Kind.AUTO
                || pick.likelihood() >= bar;
    }

    /**
     * What a scheduled digest of {@code size} papers posts of {@code scored} (best first): the picks that clear the
     * bar. An {@code auto} bar learns from the votes on what it lets through, so it keeps the best half of the digest
     * whatever their likelihood: a floor of one a day starved channels whose later candidates scored below their
     * first likes (no papers, no votes, no recovery; docs/RECOMMENDING.md). A bar a manager set is held as set.
     */
    public List<Pick> held(List<Pick> scored, int size) {
        int floor = effective == QualityBar.Kind.AUTO ? Math.max(1, (size + 1) / 2) : 0;
        return java.util.stream.IntStream.range(0, scored.size())
                .filter(i -> i < floor || clears(scored.get(i))).mapToObj(scored::get).toList();
    }

    /** The setting in words, with its number: what {@code /papers settings} shows. */
    public String describe() {
        String number = applies() ? String.format(java.util.Locale.ROOT, "%.2f", bar) : "";
        return switch (effective) {
            case OFF -> "off (every digest posts its best papers)" + (setting.kind() == QualityBar.Kind.UNSET
                    ? "; it turns `auto` once members react to papers" : "");
            case FIXED -> number + " (scheduled digests post only papers at least that likely to be liked here)";
            case AUTO -> (setting.kind() == QualityBar.Kind.UNSET ? "auto (the default once members react)" : "auto")
                    + (applies() ? ": " + number + ", the likelihood above which 3 in 4 of this channel's 👍 fell"
                    : ": not set yet (it needs " + AUTO_MIN_LIKES + " liked papers that Paperboy scored; " + likes + " so far)");
            case UNSET -> "unset";
        };
    }
}
