package dev.paperboy.chat.discord;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;

/**
 * The {@code discord.*} settings.
 *
 * @param managePermission who may change a channel's subscriptions, schedule, size and layout
 * @param curators who may correct papers' tags ({@code tags.curators})
 * @param preAddReactions whether the bot adds 👍 and 👎 under each paper, so a vote is one click
 * @param commandGuild a server to register {@code /papers} on (applies at once, for trying the bot out);
 *                     empty registers it globally
 * @param sharding whether to connect through JDA's ShardManager
 * @param shards how many shards when sharding; 0 takes Discord's recommendation
 * @param apiUrl Discord's REST API, ending in {@code /api/v10/}; empty is Discord's own (tests and proxies change it)
 * @param gatewayUrl Discord's gateway WebSocket; empty is Discord's own (tests and proxies change it)
 */
public record DiscordSettings(Permission managePermission, Curators curators, boolean preAddReactions, Optional<String> commandGuild,
                              boolean sharding, int shards, Optional<String> apiUrl, Optional<String> gatewayUrl) {

    /** Discord's own API and gateway. */
    public DiscordSettings(Permission managePermission, Curators curators, boolean preAddReactions, Optional<String> commandGuild,
                           boolean sharding, int shards) {
        this(managePermission, curators, preAddReactions, commandGuild, sharding, shards, Optional.empty(), Optional.empty());
    }

    public DiscordSettings {
        if (shards < 0) {
            throw new IllegalArgumentException("discord.shards must be 0 (Discord's recommendation) or more, got " + shards);
        }
        apiUrl = apiUrl.map(String::strip).filter(url -> !url.isEmpty()).map(url -> url.endsWith("/") ? url : url + "/");
        gatewayUrl = gatewayUrl.map(String::strip).filter(url -> !url.isEmpty());
        apiUrl.ifPresent(url -> {
            if (!url.matches("https?://.+")) {
                throw new IllegalArgumentException("discord.api-url must be an http(s) URL such as https://discord.com/api/v10/, got '" + url + "'");
            }
        });
        gatewayUrl.ifPresent(url -> {
            if (!url.matches("wss?://.+")) {
                throw new IllegalArgumentException("discord.gateway-url must be a ws(s) URL such as wss://gateway.discord.gg/, got '" + url + "'");
            }
        });
        commandGuild.ifPresent(id -> {
            if (!id.matches("\\d{1,20}")) {
                throw new IllegalArgumentException("discord.command-guild must be a server id (digits), got '" + id + "'");
            }
        });
    }

    /**
     * A permission as JDA spells it ({@code MANAGE_CHANNEL}) or as Discord shows it ({@code Manage Channels});
     * case, spaces and dashes do not matter.
     */
    public static Permission permission(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (Permission p : Permission.values()) {
            if (p != Permission.UNKNOWN && p.name().equals(wanted) || p.getName().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_").equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a Discord permission; use one of "
                + Arrays.stream(new Permission[] {Permission.MANAGE_CHANNEL, Permission.MANAGE_SERVER, Permission.MANAGE_ROLES,
                        Permission.ADMINISTRATOR}).map(Permission::name).collect(Collectors.joining(", ")) + ", …");
    }
}
