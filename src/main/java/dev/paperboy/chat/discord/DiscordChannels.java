package dev.paperboy.chat.discord;

import dev.paperboy.channel.ChannelRef;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;

/**
 * Discord places as Paperboy's channels. A thread belongs to its channel: a reaction on a paper in a digest's
 * thread, or a command typed there, is about the channel the digest was for.
 */
final class DiscordChannels {

    static final String PLATFORM = "discord";

    private DiscordChannels() {
    }

    static ChannelRef ref(Guild guild, GuildMessageChannelUnion channel) {
        return new ChannelRef(PLATFORM, guild.getId(), owner(channel).getId());
    }

    /** The channel whose settings apply here: the thread's parent for a thread, else the channel itself. */
    static GuildChannel owner(GuildMessageChannelUnion channel) {
        if (channel.getType().isThread()) {
            IThreadContainer parent = channel.asThreadChannel().getParentChannel();
            if (parent != null) {
                return parent;
            }
        }
        return channel;
    }

    /** Whether a member holds the configured permission here (Discord computes it with the channel's overrides). */
    static boolean mayManage(Member member, GuildMessageChannelUnion channel, Permission permission) {
        return member != null && member.hasPermission(owner(channel), permission);
    }

    /** Whether Paperboy can post a digest in the channel: see it, send, and show embeds. */
    static boolean canPost(Guild guild, GuildMessageChannelUnion channel) {
        return guild.getSelfMember().hasPermission(owner(channel), Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
                Permission.MESSAGE_EMBED_LINKS);
    }
}
