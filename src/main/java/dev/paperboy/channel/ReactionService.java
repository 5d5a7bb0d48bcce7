package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.Meaning;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns a reaction on a chat message into feedback, when the message is one of Paperboy's paper messages.
 * Reactions on anything else (headers, other people's messages) are ignored. Every reaction in every channel
 * comes here, so it takes one read (which channel, which paper) and one write.
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
        Optional<DeliveryStore.PaperMessage> message = deliveries.paperMessage(ref, messageId);
        if (message.isEmpty()) {
            return Optional.empty();
        }
        String paper = message.get().paperId();
        Meaning meaning = feedback.react(message.get().channelId(), paper, userId, messageId, emoji, removed, clock.instant());
        return meaning == Meaning.NONE ? Optional.empty() : Optional.of(paper);
    }
}
