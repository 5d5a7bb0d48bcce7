package dev.paperboy.chat.discord;

import dev.paperboy.channel.Attachment;
import dev.paperboy.channel.Caller;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.FilterKind;
import dev.paperboy.channel.CommandParser;
import dev.paperboy.channel.CommandSyntaxException;
import dev.paperboy.channel.PapersCommand;
import dev.paperboy.channel.Reply;
import dev.paperboy.tag.Tag;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /papers}: builds the grammar's text from the subcommand's options, runs it for the channel
 * (a thread counts as its channel) on behalf of a caller who may manage the channel when they hold the
 * configured permission, and replies. Digests and searches are deferred and run off JDA's event thread;
 * everything else is a few database calls and answers at once.
 */
final class CommandListener {

    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);

    private final DiscordServices services;
    private final Permission managePermission;
    private final Curators curators;
    private final CommandParser parser = new CommandParser();
    private final Executor slowWork;

    CommandListener(DiscordServices services, Permission managePermission, Curators curators, Executor slowWork) {
        this.services = services;
        this.managePermission = managePermission;
        this.curators = curators;
        this.slowWork = slowWork;
    }

    void onSlashCommand(SlashCommandInteractionEvent event) {
        if (!PapersSlashCommand.NAME.equals(event.getName())) {
            return;
        }
        Guild guild = event.getGuild();
        if (guild == null || !event.isFromGuild()) {
            event.reply("Paperboy works in server channels: use `/papers` in one.").setEphemeral(true).queue();
            return;
        }
        GuildMessageChannelUnion place = event.getGuildChannel();
        ChannelRef ref = DiscordChannels.ref(guild, place);
        Caller caller = new Caller(event.getUser().getId(), DiscordChannels.mayManage(event.getMember(), place, managePermission),
                curators.includes(event.getMember(), place));
        String subcommand = event.getSubcommandName() == null ? "help" : event.getSubcommandName();
        String text = PapersSlashCommand.text(subcommand, name -> Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString));
        Optional<Message.Attachment> upload = Optional.ofNullable(event.getOption(PapersSlashCommand.FILE)).map(OptionMapping::getAsAttachment);
        PapersCommand command;
        try {
            // The file's bytes are fetched off JDA's thread; parsing with none yet checks the command and its rules.
            command = upload.isEmpty() ? parser.parse(text) : parser.parse(text, Optional.of(new Attachment(upload.get().getFileName(), new byte[0])));
        } catch (CommandSyntaxException e) {
            event.reply(fit(e.getMessage())).setEphemeral(true).queue();
            return;
        }
        // Who hears the answer is the verb's rule, the same on every platform; errors are private (below).
        boolean privately = command.audience() == PapersCommand.Audience.CALLER;
        log.debug("discord command channel={} user={} text={}", ref, caller.userId(), text);
        if (PapersSlashCommand.slow(subcommand) || upload.isPresent()) {
            event.deferReply(privately).queue();
            InteractionHook hook = event.getHook();
            slowWork.execute(() -> answerLater(hook, privately, upload.isEmpty() ? handle(ref, caller, command, guild, place)
                    : Uploads.withDownload(upload.get(), text, parser, withFile -> handle(ref, caller, withFile, guild, place))));
        } else {
            Reply reply = handle(ref, caller, command, guild, place);
            ReplyCallbackAction action = event.reply(fit(reply)).setEphemeral(privately || reply.isError());
            if (reply.file().isPresent()) {
                action = action.addFiles(List.of(Uploads.upload(reply.file().get())));
            }
            action.queue();
        }
    }

    void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        if (!PapersSlashCommand.NAME.equals(event.getName()) || event.getGuild() == null) {
            return;
        }
        AutoCompleteQuery focused = event.getFocusedOption();
        List<Completions.Choice> choices = switch (focused.getName()) {
            case "tags" -> Completions.tags(focused.getValue(), services.vocabulary(), tagPool(event));
            case "zone" -> Completions.zones(focused.getValue());
            case "days" -> Completions.days(focused.getValue());
            case "query" -> Completions.entries(focused.getValue(), filterPool(event));
            default -> List.of();
        };
        event.replyChoices(choices.stream().map(c -> new Command.Choice(c.name(), c.value())).toList()).queue();
    }

    /** Subscribing offers the tags the channel does not follow yet; unsubscribing only those it follows. */
    private Collection<String> tagPool(CommandAutoCompleteInteractionEvent event) {
        Set<String> followed = services.channels().find(DiscordChannels.ref(event.getGuild(), event.getGuildChannel()))
                .map(Channel::tags).orElse(Set.of());
        if ("unsubscribe".equals(event.getSubcommandName())) {
            return followed;
        }
        return services.vocabulary().all().stream().map(Tag::name).filter(name -> !followed.contains(name)).toList();
    }

    /** Unfollowing offers the channel's follows, unmuting its mutes, as {@code settings} numbers them. */
    private List<String> filterPool(CommandAutoCompleteInteractionEvent event) {
        ChannelRef ref = DiscordChannels.ref(event.getGuild(), event.getGuildChannel());
        return switch (String.valueOf(event.getSubcommandName())) {
            case "unfollow" -> services.commands().entries(ref, FilterKind.FOLLOW);
            case "unmute" -> services.commands().entries(ref, FilterKind.MUTE);
            default -> List.of();
        };
    }

    private Reply handle(ChannelRef ref, Caller caller, PapersCommand command, Guild guild, GuildMessageChannelUnion place) {
        try {
            Optional<String> resumed = resumeIfPostable(ref, guild, place);
            Reply reply = services.commands().handle(ref, caller, command);
            return resumed.map(note -> reply.plus("\n" + note)).orElse(reply);
        } catch (RuntimeException e) {
            log.error("discord command failed channel={} command={}", ref, command, e);
            return Reply.error("Something went wrong on my side; please try again in a minute.");
        }
    }

    /**
     * A channel is paused when Paperboy lost the right to post there; once it has it back, the next command in
     * the channel resumes it, and says so.
     */
    private Optional<String> resumeIfPostable(ChannelRef ref, Guild guild, GuildMessageChannelUnion place) {
        Optional<Channel> channel = services.channels().find(ref);
        if (channel.isEmpty() || !channel.get().settings().paused() || !DiscordChannels.canPost(guild, place)) {
            return Optional.empty();
        }
        services.channels().updateSettings(channel.get().id(), channel.get().settings(), channel.get().settings().resumed(),
                services.clock().instant());
        log.info("channel {} resumed: Paperboy may post there again (it was paused: {})", ref, channel.get().settings().pausedReason());
        return Optional.of("(Paperboy can post here again, so scheduled digests are back on.)");
    }

    /** A deferred public answer cannot turn private, so an error replaces it with a private follow-up. */
    private static void answerLater(InteractionHook hook, boolean deferredPrivately, Reply reply) {
        if (reply.isError() && !deferredPrivately) {
            hook.deleteOriginal().queue(null, e -> log.debug("could not delete a deferred reply: {}", e.toString()));
            hook.sendMessage(fit(reply)).setEphemeral(true).queue();
        } else {
            var edit = hook.editOriginal(fit(reply));
            (reply.file().isPresent() ? edit.setFiles(List.of(Uploads.upload(reply.file().get()))) : edit).queue();
        }
    }

    static String fit(String text) {
        return DiscordMarkup.clip(text, Message.MAX_CONTENT_LENGTH);
    }

    /** A reply in Discord's markdown (what came from papers escaped), clipped after rendering to a message's length. */
    static String fit(Reply reply) {
        return fit(DiscordMarkup.render(reply.body()));
    }
}
