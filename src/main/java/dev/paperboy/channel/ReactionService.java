package dev.paperboy.channel;

import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.Meaning;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns a reaction on a chat message into feedback, when the message is one of Paperboy's paper messages.
 * Reactions on anything else (headers, other people's messages) are ignored.
 */
public final class ReactionService {

    private final ChannelStore channels;
    private final DeliveryStore deliveries;
    private final FeedbackService feedback;
    private final Clock clock;

    public ReactionService(ChannelStore channels, DeliveryStore deliveries, FeedbackService feedback, Clock clock) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** Returns the paper the reaction was about, when it was about one and meant something. */
    public Optional<String> react(ChannelRef ref, String userId, String messageId, String emoji, boolean removed) {
        Optional<Channel> channel = channels.find(ref);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> paper = deliveries.paperOfMessage(channel.get().id(), messageId);
        if (paper.isEmpty()) {
            return Optional.empty();
        }
        Meaning meaning = feedback.react(channel.get().id(), paper.get(), userId, messageId, emoji, removed, clock.instant());
        return meaning == Meaning.NONE ? Optional.empty() : paper;
    }
}
