package dev.paperboy.chat.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to Discord and keeps the connection: one JDA session, or JDA's ShardManager when
 * {@code discord.sharding} is on. Paperboy asks only for the reaction intent (GUILDS is always on in JDA);
 * slash commands need no intent and no privileged intent is used: Paperboy never reads message text or
 * member lists. {@link #start} returns once every shard is ready, so the first digest finds its channels.
 */
public final class DiscordAdapter implements AutoCloseable {

    public static final String PLATFORM = DiscordChannels.PLATFORM;
    /** The only intent requested; see the class comment. */
    static final List<GatewayIntent> INTENTS = List.of(GatewayIntent.GUILD_MESSAGE_REACTIONS);
    /**
     * What the invite asks for: see channels, post papers as embeds, pre-add 👍/👎, reply to a header (which
     * needs the history), and start and post in a digest's thread. Nothing that manages the server.
     */
    public static final List<Permission> INVITE_PERMISSIONS = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ADD_REACTION, Permission.MESSAGE_HISTORY,
            Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS);

    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    private final JDA jda;
    private final ShardManager shards;
    private final ExecutorService work;
    private final DiscordGateway gateway;

    private DiscordAdapter(JDA jda, ShardManager shards, ExecutorService work, DiscordGateway gateway) {
        this.jda = jda;
        this.shards = shards;
        this.work = work;
        this.gateway = gateway;
    }

    /**
     * Logs in and waits until ready.
     *
     * @throws IllegalArgumentException when Discord refuses the token, cannot be reached, or closes the connection while
     *         starting; the message says which, in a sentence
     */
    public static DiscordAdapter start(String token, DiscordSettings settings, DiscordServices services) throws InterruptedException {
        // Paperboy never pings anyone: titles, tags or echoed user text containing @everyone stay text.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        ExecutorService work = Executors.newFixedThreadPool(2, daemon("discord-work"));
        DiscordListener listener = listener(services, settings, work);
        try {
            if (settings.sharding()) {
                ShardManager manager = DefaultShardManagerBuilder.createLight(token, INTENTS)
                        .setRestConfig(DiscordEndpoints.rest(settings))
                        .setSessionController(DiscordEndpoints.sessions(settings))
                        .enableCache(CacheFlag.MEMBER_OVERRIDES)
                        .setShardsTotal(settings.shards() == 0 ? -1 : settings.shards())
                        .addEventListeners(listener)
                        .build();
                awaitShards(manager);
                log.info("discord connected shards={} servers={}", manager.getShardsTotal(), manager.getGuildCache().size());
                logInvite(manager.getShards().get(0));
                return new DiscordAdapter(null, manager, work,
                        new DiscordGateway(manager, guild -> unavailable(manager, guild), settings.preAddReactions()));
            }
            JDA jda = JDABuilder.createLight(token, INTENTS)
                    .setRestConfig(DiscordEndpoints.rest(settings))
                    .setSessionController(DiscordEndpoints.sessions(settings))
                    // Per-member channel overrides decide who may manage a channel; they cost no intent.
                    .enableCache(CacheFlag.MEMBER_OVERRIDES)
                    .addEventListeners(listener)
                    .build();
            jda.awaitReady();
            log.info("discord connected as={} servers={}", jda.getSelfUser().getName(), jda.getGuildCache().size());
            logInvite(jda);
            return new DiscordAdapter(jda, null, work, new DiscordGateway(jda, jda::isUnavailable, settings.preAddReactions()));
        } catch (InvalidTokenException e) {
            work.shutdownNow();
            throw new IllegalArgumentException("Discord refused DISCORD_TOKEN: check the bot token in the Developer Portal (Bot > Reset Token)", e);
        } catch (IllegalStateException e) {
            work.shutdownNow();
            throw new IllegalArgumentException(refusedGateway(e.getMessage()), e);
        } catch (ErrorResponseException e) {
            work.shutdownNow();
            throw new IllegalArgumentException("Discord could not be reached to log in (" + e.getMeaning()
                    + "); check the network and try again", e);
        }
    }

    /**
     * Why Discord's gateway closed while starting, in a sentence a newcomer can act on. JDA reports the close
     * code in the message of the exception {@code awaitReady} throws.
     */
    static String refusedGateway(String jdaMessage) {
        String message = jdaMessage == null ? "" : jdaMessage.replaceAll("\\s+", " ").strip();
        if (message.contains("intent you aren't allowed") || message.contains("DISALLOWED_INTENTS")) {
            return "Discord refused the gateway intents Paperboy asked for (close code 4014): Paperboy asks for no privileged intent, "
                    + "so check that DISCORD_TOKEN is this application's, and Bot > Privileged Gateway Intents in the Developer Portal";
        }
        if (message.contains("INVALID_INTENTS")) {
            return "Discord refused the gateway intents Paperboy asked for (close code 4013): this JDA does not match Discord's gateway";
        }
        if (message.contains("AUTHENTICATION_FAILED")) {
            return "Discord refused DISCORD_TOKEN on the gateway (close code 4004): check the bot token in the Developer Portal (Bot > Reset Token)";
        }
        return "Discord closed the connection while starting: " + message;
    }

    /** The listener with its handlers, as {@link #start} builds it (tests drive it with JDA's event types). */
    static DiscordListener listener(DiscordServices services, DiscordSettings settings, java.util.concurrent.Executor work) {
        return new DiscordListener(new CommandListener(services, settings.managePermission(), settings.curators(), work),
                new ReactionListener(services.reactions()), settings.commandGuild());
    }

    public DiscordGateway gateway() {
        return gateway;
    }

    @Override
    public void close() throws InterruptedException {
        if (jda != null) {
            jda.shutdown();
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                jda.shutdownNow();
            }
        }
        if (shards != null) {
            shards.shutdown();
        }
        work.shutdown();
        work.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static void logInvite(JDA jda) {
        jda.setRequiredScopes("applications.commands");
        log.info("invite Paperboy to a server with {}", jda.getInviteUrl(INVITE_PERMISSIONS));
    }

    /** Shards log in one by one (Discord allows one every 5 s), so wait for all of them to exist, then be ready. */
    private static void awaitShards(ShardManager manager) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60 + 6L * manager.getShardsTotal()));
        while (manager.getShardCache().size() < manager.getShardsTotal()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + manager.getShardCache().size() + " of " + manager.getShardsTotal() + " shards started");
            }
            Thread.sleep(200);
        }
        for (JDA shard : manager.getShards()) {
            shard.awaitReady();
        }
    }

    /** A server's events come on shard (id >> 22) % total; that shard knows whether the server is in an outage. */
    private static boolean unavailable(ShardManager manager, long guildId) {
        JDA shard = manager.getShardById((int) ((guildId >>> 22) % manager.getShardsTotal()));
        return shard == null || shard.isUnavailable(guildId);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
