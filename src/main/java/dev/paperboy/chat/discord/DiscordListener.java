package dev.paperboy.chat.discord;

import java.util.Optional;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one listener JDA calls: registers {@code /papers} when a connection is ready, and hands commands,
 * autocompletion and reactions to their handlers.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

    private final CommandListener commands;
    private final ReactionListener reactions;
    private final Optional<String> commandGuild;

    DiscordListener(CommandListener commands, ReactionListener reactions, Optional<String> commandGuild) {
        this.commands = commands;
        this.reactions = reactions;
        this.commandGuild = commandGuild;
    }

    /**
     * Global commands are registered once, by the first shard; they take up to an hour to show everywhere.
     * A command guild gets them at once, which is what trying the bot out needs.
     */
    @Override
    public void onReady(ReadyEvent event) {
        if (commandGuild.isEmpty() && event.getJDA().getShardInfo().getShardId() == 0) {
            event.getJDA().updateCommands().addCommands(PapersSlashCommand.definition()).queue(
                    done -> log.info("registered /papers globally (it may take up to an hour to appear)"),
                    e -> log.error("could not register /papers: {}", registrationFailure(e)));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (commandGuild.isPresent() && commandGuild.get().equals(event.getGuild().getId())) {
            event.getGuild().updateCommands().addCommands(PapersSlashCommand.definition()).queue(
                    done -> log.info("registered /papers on server {}", event.getGuild().getId()),
                    e -> log.error("could not register /papers on server {}: {}", event.getGuild().getId(), registrationFailure(e)));
        }
    }

    /** Missing Access here means the bot was invited without the {@code applications.commands} scope. */
    static String registrationFailure(Throwable e) {
        if (e instanceof ErrorResponseException refused && refused.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
            return "Discord answered Missing Access: invite Paperboy again with the invite URL logged above, which asks for the "
                    + "applications.commands scope";
        }
        return e.toString();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        commands.onSlashCommand(event);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        commands.onAutoComplete(event);
    }

    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        reactions.onReaction(event, false);
    }

    @Override
    public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
        reactions.onReaction(event, true);
    }
}
