package dev.paperboy.feedback;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Records feedback and derives opinions. A member's vote on a paper is the meaning of their most recent signal
 * that is still active: removing a reaction reverts to whatever they said before, and a {@code like} after a
 * 👎 replaces it. A save is kept beside the vote.
 */
public final class FeedbackService {

    private final FeedbackStore store;
    private final EmojiMeanings meanings;
    private final List<LongConsumer> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public FeedbackService(FeedbackStore store, EmojiMeanings meanings) {
        this.store = store;
        this.meanings = meanings;
    }

    /** Told the channel's id after each change of what its members said (reactions, votes, seeds). */
    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    private void changed(long channelId) {
        listeners.forEach(l -> l.accept(channelId));
    }

    public Meaning meaningOf(String emoji) {
        return meanings.of(emoji);
    }

    /** Records a reaction on a paper message; returns what it means (NONE reactions are not stored). */
    public Meaning react(long channelId, String paperId, String userId, String messageId, String emoji, boolean removed,
                         Instant at) {
        return react(channelId, paperId, userId, messageId, emoji, removed, at, java.util.Optional.empty());
    }

    /**
     * The same, for an event the platform named {@code eventId}: a second delivery of it changes nothing. {@code at}
     * should be the platform's time of the event, so adds and removes are ordered as they happened.
     */
    public Meaning react(long channelId, String paperId, String userId, String messageId, String emoji, boolean removed,
                         Instant at, java.util.Optional<String> eventId) {
        Meaning meaning = meanings.of(emoji);
        if (meaning != Meaning.NONE && store.record(new Signal(channelId, paperId, userId, messageId, EmojiMeanings.normalize(emoji),
                removed, at, Signal.REACTION), eventId)) {
            changed(channelId);
        }
        return meaning;
    }

    /** {@code /papers like}: the member's vote becomes positive. */
    public void like(long channelId, String paperId, String userId, Instant at) {
        store.record(new Signal(channelId, paperId, userId, "", "like", false, at, Signal.COMMAND));
        changed(channelId);
    }

    /** {@code /papers dislike}: the member's vote becomes negative. */
    public void dislike(long channelId, String paperId, String userId, Instant at) {
        store.record(new Signal(channelId, paperId, userId, "", "dislike", false, at, Signal.COMMAND));
        changed(channelId);
    }

    public boolean seed(long channelId, String paperId, String source, Instant at) {
        boolean added = store.addSeed(channelId, paperId, source, at);
        if (added) {
            changed(channelId);
        }
        return added;
    }

    /** Takes a seed back; false when the channel did not have it. */
    public boolean unseed(long channelId, String paperId) {
        boolean removed = store.removeSeed(channelId, paperId);
        if (removed) {
            changed(channelId);
        }
        return removed;
    }

    /** Resets the channel's taste: every signal its members gave and its seeds. What was delivered is not feedback. */
    public void forget(long channelId) {
        store.forget(channelId);
        changed(channelId);
    }

    /** Seeds a reading list's papers in one transaction; returns how many were new to the channel. */
    public int seedAll(long channelId, java.util.Collection<String> paperIds, String source, Instant at) {
        int added = paperIds.isEmpty() ? 0 : store.addSeeds(channelId, paperIds, source, at);
        if (added > 0) {
            changed(channelId);
        }
        return added;
    }

    /** A paper in the channel's saved list, and when it was last saved. */
    public record Saved(String paperId, Instant at) {
    }

    /**
     * The channel's saved list, newest first: every paper someone still keeps a save reaction (🔖) on. Removing
     * the reaction takes the paper off again.
     */
    public List<Saved> saved(long channelId) {
        Map<String, Signal> active = new LinkedHashMap<>();
        for (Signal s : store.signals(channelId)) {
            if (Signal.COMMAND.equals(s.origin()) || meanings.of(s.emoji()) != Meaning.SAVE) {
                continue;
            }
            String slot = s.paperId() + "|" + s.userId() + "|" + s.messageId() + "|" + s.emoji();
            if (s.removed()) {
                active.remove(slot);
            } else {
                active.put(slot, s);
            }
        }
        Map<String, Instant> latest = new HashMap<>();
        active.values().forEach(s -> latest.merge(s.paperId(), s.at(), (a, b) -> a.isAfter(b) ? a : b));
        return latest.entrySet().stream().map(e -> new Saved(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Saved::at).reversed().thenComparing(Saved::paperId)).toList();
    }

    public Set<String> seeds(long channelId) {
        return store.seeds(channelId);
    }

    /** Every paper the channel's members have an opinion on. */
    public Map<String, Opinion> opinions(long channelId) {
        return opinions(store.signals(channelId));
    }

    Map<String, Opinion> opinions(List<Signal> signals) {
        // (paper, user) -> active signals keyed by where they came from, with their meaning and time.
        Map<String, Map<String, Map<String, Signal>>> active = new LinkedHashMap<>();
        signals.stream().sorted(Comparator.comparing(Signal::at)).forEach(s -> {
            Map<String, Signal> mine = active.computeIfAbsent(s.paperId(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(s.userId(), u -> new HashMap<>());
            String slot = Signal.COMMAND.equals(s.origin()) ? "command" : s.messageId() + "|" + s.emoji();
            if (s.removed()) {
                mine.remove(slot);
            } else {
                mine.put(slot, s);
            }
        });
        Map<String, Opinion> out = new LinkedHashMap<>();
        active.forEach((paperId, users) -> {
            int positive = 0;
            int negative = 0;
            int saves = 0;
            for (Map<String, Signal> mine : users.values()) {
                Meaning vote = mine.values().stream()
                        .filter(s -> meaningOfSignal(s) != Meaning.SAVE)
                        .max(Comparator.comparing(Signal::at))
                        .map(this::meaningOfSignal).orElse(Meaning.NONE);
                if (vote == Meaning.POSITIVE) {
                    positive++;
                } else if (vote == Meaning.NEGATIVE) {
                    negative++;
                }
                if (mine.values().stream().anyMatch(s -> meaningOfSignal(s) == Meaning.SAVE)) {
                    saves++;
                }
            }
            if (positive + negative + saves > 0) {
                out.put(paperId, new Opinion(paperId, positive, negative, saves));
            }
        });
        return out;
    }

    private Meaning meaningOfSignal(Signal s) {
        if (Signal.COMMAND.equals(s.origin())) {
            return "like".equals(s.emoji()) ? Meaning.POSITIVE : Meaning.NEGATIVE;
        }
        return meanings.of(s.emoji());
    }
}
