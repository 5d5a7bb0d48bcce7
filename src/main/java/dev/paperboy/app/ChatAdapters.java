package dev.paperboy.app;

import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.chat.discord.DiscordAdapter;
import dev.paperboy.chat.discord.DiscordServices;
import dev.paperboy.chat.discord.Curators;
import dev.paperboy.chat.discord.DiscordSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every chat adapter whose credentials are in the environment and registers its gateway. Each adapter
 * is one block here; an empty result means no credentials were set and the console should run.
 */
final class ChatAdapters {

    private static final Logger log = LoggerFactory.getLogger(ChatAdapters.class);

    private ChatAdapters() {
    }

    /** The started adapters, to close on shutdown. */
    static List<AutoCloseable> start(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, Map<String, String> env)
            throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        if (env.containsKey("SLACK_BOT_TOKEN")) {
            started.add(SlackSetup.start(app, chat, routing, env));
        }
        if (env.containsKey("DISCORD_TOKEN")) {
            started.add(discord(app, chat, routing, env.get("DISCORD_TOKEN")));
        }
        return started;
    }

    private static DiscordAdapter discord(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, String token)
            throws ConfigException, InterruptedException {
        if (token.isBlank()) {
            throw new ConfigException("DISCORD_TOKEN is set but empty; unset it, or set it to the bot token");
        }
        DiscordSettings settings = discordSettings(app.config());
        DiscordAdapter discord;
        try {
            discord = DiscordAdapter.start(token.strip(), settings,
                    new DiscordServices(chat.commands(), chat.reactions(), app.vocabulary(), app.channels(), app.clock()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        routing.register(DiscordAdapter.PLATFORM, discord.gateway());
        return discord;
    }

    static DiscordSettings discordSettings(Config config) throws ConfigException {
        Permission manage;
        Curators curators;
        try {
            manage = DiscordSettings.permission(config.string("discord.manage-permission"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("discord.manage-permission: " + e.getMessage());
        }
        try {
            curators = Curators.of(config.list("tags.curators"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("tags.curators: " + e.getMessage() + "; or a Discord role as role:NAME");
        }
        try {
            return new DiscordSettings(manage, curators, config.bool("discord.pre-add-reactions"), config.optional("discord.command-guild").map(String::strip),
                    config.bool("discord.sharding"), config.integer("discord.shards"),
                    config.optional("discord.api-url"), config.optional("discord.gateway-url"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
