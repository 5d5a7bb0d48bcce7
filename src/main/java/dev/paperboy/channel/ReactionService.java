package dev.paperboy.channel;

import dev.paperboy.feedback.EmojiMeanings;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.Meaning;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a reaction on a chat message into feedback, when the message is one of Paperboy's paper messages.
 * Reactions on anything else (headers, other people's messages) are ignored. Every reaction in every channel
 * comes here, so it takes one read (which channel, which paper) and one write. A reaction on a message not on
 * record yet is kept aside: a member may click a paper before its post has returned, and the paper's record
 * takes the reaction over. Reactions are ordered by the platform's time of the event where it gives one, and a
 * second delivery of one event is dropped.
 */
public final class ReactionService {

    private final DeliveryStore deliveries;
    private final FeedbackService feedback;
    private final Clock clock;

    public ReactionService(DeliveryStore deliveries, FeedbackService feedback, Clock clock) {
        this.deliveries = deliveries;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** Returns the paper the reaction was about, when it was about one and meant something. */
    public Optional<String> react(ChannelRef ref, String userId, String messageId, String emoji, boolean removed) {
        return react(ref, userId, messageId, emoji, removed, Optional.empty(), Optional.empty());
    }

    /**
     * @param platformTime when the platform says it happened (Slack's {@code event_ts}): orders an add and a remove
     *                     as the member made them, whichever instance handles them and whenever they arrive
     * @param eventId      the platform's id of the event, so a retried delivery is recorded once
     */
    public Optional<String> react(ChannelRef ref, String userId, String messageId, String emoji, boolean removed,
                                  Optional<Instant> platformTime, Optional<String> eventId) {
        Instant at = platformTime.orElseGet(clock::instant);
        Optional<DeliveryStore.PaperMessage> message = deliveries.paperMessage(ref, messageId);
        if (message.isEmpty()) {
            if (feedback.meaningOf(emoji) != Meaning.NONE
                    && deliveries.keepPending(ref, messageId, userId, EmojiMeanings.normalize(emoji), removed, at, eventId, clock.instant())) {
                // The paper's record may have landed between the read and the write: take the reaction over now.
                deliveries.paperMessage(ref, messageId).ifPresent(m -> deliveries.adoptPending(m.channelId(), messageId, m.paperId()));
            }
            return Optional.empty();
        }
        String paper = message.get().paperId();
        Meaning meaning = feedback.react(message.get().channelId(), paper, userId, messageId, emoji, removed, at, eventId);
        return meaning == Meaning.NONE ? Optional.empty() : Optional.of(paper);
    }
}
