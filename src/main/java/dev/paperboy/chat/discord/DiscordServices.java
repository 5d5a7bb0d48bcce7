package dev.paperboy.chat.discord;

import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.tag.TagVocabulary;
import java.time.Clock;

/** What the Discord adapter calls: the platform-neutral use cases, and the vocabulary for autocompletion. */
public record DiscordServices(CommandHandler commands, ReactionService reactions, TagVocabulary vocabulary,
                             ChannelStore channels, Clock clock) {
}
