package dev.paperboy.chat.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
import net.dv8tion.jda.api.entities.emoji.EmojiUnion;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.FileUpload;

/** Builds the JDA events Discord would send, as Mockito mocks of JDA's public event types, and records the answers. */
final class DiscordEvents {

    /** What the member who ran a command saw. */
    static final class Answer {
        String text;
        boolean privately;
        boolean deferred;
        boolean deferredPrivately;
        boolean deletedOriginal;
        final List<String> followUps = new ArrayList<>();
        /** Files on the reply: name and bytes. */
        final List<FileUpload> files = new ArrayList<>();
    }

    private DiscordEvents() {
    }

    /** Runs {@code /papers <subcommand> [options]} in the channel, from a member with or without Manage Channels. */
    static Answer slash(FakeDiscord discord, String user, boolean manager, String subcommand, Map<String, String> options) {
        return slash(discord, discord.place(), user, manager, subcommand, options);
    }

    static Answer slash(FakeDiscord discord, GuildMessageChannelUnion place, String user, boolean manager, String subcommand,
                        Map<String, String> options) {
        return slash(discord, place, user, member(manager), subcommand, options, null);
    }

    /** Runs {@code /papers <subcommand> [options]} in the channel as {@code member} (see {@link #member(boolean, String...)}). */
    static Answer slash(FakeDiscord discord, String user, Member member, String subcommand, Map<String, String> options) {
        return slash(discord, discord.place(), user, member, subcommand, options, null);
    }

    /** Runs {@code /papers seed} with a file attached, as Discord's ATTACHMENT option delivers it. */
    static Answer slashWithFile(FakeDiscord discord, String user, String subcommand, Message.Attachment file) {
        return slash(discord, discord.place(), user, member(false), subcommand, Map.of(), file);
    }

    private static Answer slash(FakeDiscord discord, GuildMessageChannelUnion place, String user, Member member, String subcommand,
                                Map<String, String> options, Message.Attachment file) {
        Answer answer = new Answer();
        SlashCommandInteractionEvent event = Mocks.of(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn("papers");
        when(event.getSubcommandName()).thenReturn(subcommand);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getGuild()).thenReturn(discord.guild);
        when(event.getGuildChannel()).thenReturn(place);
        User caller = user(user);
        when(event.getUser()).thenReturn(caller);
        when(event.getMember()).thenReturn(member);
        options.forEach((name, value) -> {
            OptionMapping option = Mocks.of(OptionMapping.class);
            when(option.getAsString()).thenReturn(value);
            when(event.getOption(name)).thenReturn(option);
        });

        if (file != null) {
            OptionMapping option = Mocks.of(OptionMapping.class);
            when(option.getAsAttachment()).thenReturn(file);
            when(event.getOption("file")).thenReturn(option);
        }

        ReplyCallbackAction reply = Mocks.of(ReplyCallbackAction.class);
        when(reply.addFiles(anyCollection())).thenAnswer(i -> {
            answer.files.addAll(i.getArgument(0));
            return reply;
        });
        when(event.reply(anyString())).thenAnswer(i -> {
            answer.text = i.getArgument(0);
            return reply;
        });
        when(reply.setEphemeral(anyBoolean())).thenAnswer(i -> {
            answer.privately = i.getArgument(0);
            return reply;
        });
        ReplyCallbackAction defer = Mocks.of(ReplyCallbackAction.class);
        when(event.deferReply(anyBoolean())).thenAnswer(i -> {
            answer.deferred = true;
            answer.deferredPrivately = i.getArgument(0);
            answer.privately = answer.deferredPrivately;
            return defer;
        });
        InteractionHook hook = Mocks.of(InteractionHook.class);
        when(event.getHook()).thenReturn(hook);
        @SuppressWarnings("unchecked")
        WebhookMessageEditAction<Message> edit = Mocks.of(WebhookMessageEditAction.class);
        when(hook.editOriginal(anyString())).thenAnswer(i -> {
            answer.text = i.getArgument(0);
            return edit;
        });
        when(edit.setFiles(anyCollection())).thenAnswer(i -> {
            answer.files.addAll(i.getArgument(0));
            return edit;
        });
        @SuppressWarnings("unchecked")
        RestAction<Void> delete = Mocks.of(RestAction.class);
        when(hook.deleteOriginal()).thenAnswer(i -> {
            answer.deletedOriginal = true;
            return delete;
        });
        @SuppressWarnings("unchecked")
        WebhookMessageCreateAction<Message> followUp = Mocks.of(WebhookMessageCreateAction.class);
        when(hook.sendMessage(anyString())).thenAnswer(i -> {
            answer.followUps.add(i.getArgument(0));
            return followUp;
        });
        when(followUp.setEphemeral(anyBoolean())).thenAnswer(i -> {
            answer.privately = i.getArgument(0);
            return followUp;
        });

        discord.listener.onSlashCommandInteraction(event);
        return answer;
    }

    /** Discord asking for suggestions while the member types option {@code option} of {@code subcommand}. */
    static List<Command.Choice> autocomplete(FakeDiscord discord, String subcommand, String option, String typed) {
        CommandAutoCompleteInteractionEvent event = Mocks.of(CommandAutoCompleteInteractionEvent.class);
        when(event.getName()).thenReturn("papers");
        when(event.getSubcommandName()).thenReturn(subcommand);
        when(event.getGuild()).thenReturn(discord.guild);
        GuildMessageChannelUnion place = discord.place();
        when(event.getGuildChannel()).thenReturn(place);
        AutoCompleteQuery query = Mocks.of(AutoCompleteQuery.class);
        when(query.getName()).thenReturn(option);
        when(query.getValue()).thenReturn(typed);
        when(event.getFocusedOption()).thenReturn(query);
        List<Command.Choice> offered = new ArrayList<>();
        when(event.replyChoices(any(java.util.Collection.class))).thenAnswer(i -> {
            offered.addAll(i.getArgument(0));
            return Mocks.of(AutoCompleteCallbackAction.class);
        });
        discord.listener.onCommandAutoCompleteInteraction(event);
        return offered;
    }

    /** A member adds an emoji to a message; {@code author} is the message's author (Paperboy is {@link FakeDiscord#BOT}). */
    static void react(FakeDiscord discord, GuildMessageChannelUnion place, long user, String messageId, long author, String emoji) {
        MessageReactionAddEvent event = Mocks.of(MessageReactionAddEvent.class);
        when(event.getMessageAuthorIdLong()).thenReturn(author);
        fill(discord, event, place, user, messageId, emoji);
        discord.listener.onMessageReactionAdd(event);
    }

    static void unreact(FakeDiscord discord, GuildMessageChannelUnion place, long user, String messageId, String emoji) {
        MessageReactionRemoveEvent event = Mocks.of(MessageReactionRemoveEvent.class);
        fill(discord, event, place, user, messageId, emoji);
        discord.listener.onMessageReactionRemove(event);
    }

    private static void fill(FakeDiscord discord, GenericMessageReactionEvent event, GuildMessageChannelUnion place, long user,
                             String messageId, String emoji) {
        when(event.isFromGuild()).thenReturn(true);
        when(event.getGuild()).thenReturn(discord.guild);
        when(event.getJDA()).thenReturn(discord.jda);
        when(event.getGuildChannel()).thenReturn(place);
        when(event.getUserIdLong()).thenReturn(user);
        when(event.getUserId()).thenReturn(Long.toUnsignedString(user));
        when(event.getMessageId()).thenReturn(messageId);
        EmojiUnion union = Mocks.of(EmojiUnion.class);
        when(union.getName()).thenReturn(emoji);
        when(event.getEmoji()).thenReturn(union);
    }

    private static User user(String id) {
        User user = Mocks.of(User.class);
        when(user.getId()).thenReturn(id);
        return user;
    }

    /** A member with or without Manage Channels in the channel, holding the named roles. */
    static Member member(boolean manager, String... roles) {
        Member member = Mocks.of(Member.class);
        when(member.hasPermission(any(GuildChannel.class), eq(Permission.MANAGE_CHANNEL))).thenReturn(manager);
        List<Role> held = new ArrayList<>();
        for (String name : roles) {
            Role role = Mocks.of(Role.class);
            when(role.getName()).thenReturn(name);
            when(role.getId()).thenReturn(String.valueOf(1_300_000_000_000_000_000L + held.size()));
            held.add(role);
        }
        when(member.getRoles()).thenReturn(held);
        return member;
    }
}
