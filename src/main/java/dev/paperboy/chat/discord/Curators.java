package dev.paperboy.chat.discord;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;

/**
 * Who curates papers' tags on Discord ({@code tags.curators}): members holding any of the listed permissions in the
 * channel, or any of the listed roles (by name, case-insensitive, or id). A tag correction changes a paper for every
 * channel, so Manage Channels in one channel is not enough unless it is listed.
 */
public record Curators(Set<Permission> permissions, Set<String> roles) {

    private static final String ROLE = "role:";

    public Curators {
        permissions = permissions.isEmpty() ? Set.of() : EnumSet.copyOf(permissions);
        roles = roles.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The Discord entries of a list shared with other platforms: {@code role:NAME} or {@code role:ID}, and permissions
     * as JDA or Discord spell them; Slack's entries (user ids, {@code admins}) are left to Slack.
     */
    public static Curators of(Collection<String> entries) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        Set<String> roles = new java.util.HashSet<>();
        for (String entry : entries) {
            String e = entry.strip();
            if (e.regionMatches(true, 0, ROLE, 0, ROLE.length())) {
                roles.add(e.substring(ROLE.length()));
            } else if (!e.equalsIgnoreCase("admins") && !e.matches("[UW][A-Z0-9]{2,}")) {
                permissions.add(DiscordSettings.permission(e));
            }
        }
        return new Curators(permissions, roles);
    }

    boolean includes(Member member, GuildMessageChannelUnion place) {
        if (member == null) {
            return false;
        }
        for (Permission p : permissions) {
            if (DiscordChannels.mayManage(member, place, p)) {
                return true;
            }
        }
        for (Role role : member.getRoles()) {
            if (roles.contains(role.getId()) || roles.contains(role.getName().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
