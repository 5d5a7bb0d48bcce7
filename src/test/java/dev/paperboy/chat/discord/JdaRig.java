package dev.paperboy.chat.discord;

import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.RoutingGateway;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.dv8tion.jda.api.Permission;

/**
 * Paperboy started as {@code paperboy run} starts it for Discord: a real JDA logging in with a token, but at a
 * {@link LocalDiscord} named by {@code discord.api-url} and {@code discord.gateway-url}; the real wiring behind
 * it on an in-memory database.
 */
final class JdaRig implements AutoCloseable {

    static final Instant NOW = Instant.parse("2025-07-01T08:00:00Z");

    final LocalDiscord discord;
    final Wiring app;
    final Wiring.ChatServices chat;
    final DiscordAdapter adapter;

    private JdaRig(LocalDiscord discord, Wiring app, Wiring.ChatServices chat, DiscordAdapter adapter) {
        this.discord = discord;
        this.app = app;
        this.chat = chat;
        this.adapter = adapter;
    }

    /** Logs in with {@code token}; the extra settings are {@code key=value} config overrides. */
    static JdaRig start(LocalDiscord discord, String token, String... settings) throws Exception {
        List<String> overrides = new ArrayList<>(List.of("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "schedule.zone=UTC", "ranking.mode=tags-only", "embed.enabled=false"));
        overrides.addAll(List.of(settings));
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), overrides);
        Wiring app = Wiring.open(config, Clock.fixed(NOW, ZoneOffset.UTC));
        try {
            RoutingGateway routing = new RoutingGateway();
            Wiring.ChatServices chat = app.chat(routing, Optional.empty());
            DiscordSettings discordSettings = new DiscordSettings(Permission.MANAGE_CHANNEL, Curators.of(config.list("tags.curators")), true, config.optional("discord.command-guild"),
                    config.bool("discord.sharding"), config.integer("discord.shards"), Optional.of(discord.apiUrl()),
                    Optional.of(discord.gateway.url()));
            DiscordAdapter adapter = DiscordAdapter.start(token, discordSettings,
                    new DiscordServices(chat.commands(), chat.reactions(), app.vocabulary(), app.channels(), app.clock()));
            routing.register(DiscordAdapter.PLATFORM, adapter.gateway());
            return new JdaRig(discord, app, chat, adapter);
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
    }

    static ChannelRef ref() {
        return new ChannelRef("discord", Long.toString(DiscordPayloads.GUILD), Long.toString(DiscordPayloads.CHANNEL));
    }

    Channel stored() {
        return app.channels().find(ref()).orElseThrow();
    }

    @Override
    public void close() throws Exception {
        try {
            adapter.close();
        } finally {
            app.close();
        }
    }
}
