package dev.paperboy.app;

import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.chat.discord.DiscordAdapter;
import dev.paperboy.chat.discord.DiscordServices;
import dev.paperboy.chat.discord.Curators;
import dev.paperboy.chat.discord.DiscordSettings;
import dev.paperboy.chat.slack.SlackAdapter;
import dev.paperboy.chat.slack.SlackSettings;
import dev.paperboy.chat.slack.SlackStartException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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

    /** A started adapter: what to close on shutdown, and whether it is connected (readiness). */
    record Started(String platform, AutoCloseable adapter, Supplier<Optional<String>> problem) {
    }

    /** The started adapters, to close on shutdown. */
    static List<Started> start(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, Map<String, String> env)
            throws Exception {
        List<Started> started = new ArrayList<>();
        if (env.containsKey("SLACK_BOT_TOKEN")) {
            SlackAdapter slack = slack(app, chat, routing, env);
            started.add(new Started(SlackAdapter.PLATFORM, slack, slack::problem));
        }
        if (env.containsKey("DISCORD_TOKEN")) {
            DiscordAdapter discord = discord(app, chat, routing, env.get("DISCORD_TOKEN"));
            started.add(new Started(DiscordAdapter.PLATFORM, discord, discord::problem));
        }
        return started;
    }

    /** Starts the Slack adapter; a token Slack rejects stops {@code paperboy run} with the reason, never with the token. */
    private static SlackAdapter slack(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, Map<String, String> env)
            throws ConfigException {
        SlackSettings settings = slackSettings(app.config(), env);
        try {
            SlackAdapter adapter = SlackAdapter.start(settings,
                    new SlackAdapter.Services(chat.commands(), chat.reactions(), app.channels(), app.clock()));
            routing.register(SlackAdapter.PLATFORM, adapter.gateway());
            return adapter;
        } catch (SlackStartException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** The Slack adapter's settings: tokens from the environment, the rest from {@code slack.*}. */
    static SlackSettings slackSettings(Config config, Map<String, String> env) throws ConfigException {
        try {
            return new SlackSettings(env.get("SLACK_BOT_TOKEN"), Optional.ofNullable(env.get("SLACK_APP_TOKEN")),
                    Optional.ofNullable(env.get("SLACK_SIGNING_SECRET")), config.string("slack.command").strip(),
                    config.integer("slack.http-port"), config.string("slack.http-path").strip(),
                    new LinkedHashSet<>(config.list("slack.managers")), SlackSettings.curatorsOf(config.list("tags.curators")),
                    config.bool("slack.vote-reactions"),
                    Duration.ofSeconds(config.integer("slack.max-retry-after-seconds")),
                    Optional.of(config.string("slack.api-url").strip()), Duration.ofSeconds(config.integer("slack.timeout-seconds")));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
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
