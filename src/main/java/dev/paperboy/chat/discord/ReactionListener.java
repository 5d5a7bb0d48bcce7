package dev.paperboy.chat.discord;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ReactionService;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reactions added and removed on Paperboy's paper messages become feedback. The bot's own 👍/👎, other bots,
 * and reactions on anyone else's messages are ignored; which message carries which paper is the delivery
 * store's to say. A moderator clearing all reactions at once is not a member changing their mind, so it is
 * not listened to.
 */
final class ReactionListener {

    private static final Logger log = LoggerFactory.getLogger(ReactionListener.class);

    private final ReactionService reactions;

    ReactionListener(ReactionService reactions) {
        this.reactions = reactions;
    }

    void onReaction(GenericMessageReactionEvent event, boolean removed) {
        if (!event.isFromGuild() || event.getGuild() == null) {
            return;
        }
        long self = event.getJDA().getSelfUser().getIdLong();
        User user = event.getUser();
        if (event.getUserIdLong() == self || user != null && user.isBot()) {
            return;
        }
        // Added reactions say whose message it is, which spares a database lookup for everyone else's.
        if (event instanceof MessageReactionAddEvent added && added.getMessageAuthorIdLong() != self) {
            return;
        }
        ChannelRef ref = DiscordChannels.ref(event.getGuild(), event.getGuildChannel());
        String emoji = event.getEmoji().getName();
        try {
            reactions.react(ref, event.getUserId(), event.getMessageId(), emoji, removed)
                    .ifPresent(paper -> log.debug("feedback channel={} paper={} emoji={} removed={}", ref, paper, emoji, removed));
        } catch (RuntimeException e) {
            log.error("could not record a reaction channel={} message={}", ref, event.getMessageId(), e);
        }
    }
}
