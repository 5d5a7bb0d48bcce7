package dev.paperboy.chat.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.RoutingGateway;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;

/**
 * Test double of the far end of Discord, made of JDA's own public types (Mockito mocks): one server {@code G1}
 * with a text channel {@code C1}, Paperboy's real wiring on an in-memory database behind them, and every
 * message the bot posts kept in {@link #posts}. Events are built with {@link DiscordEvents}.
 */
final class FakeDiscord implements AutoCloseable {

    static final String GUILD = "1100000000000000001";
    static final String CHANNEL = "1200000000000000001";
    static final long BOT = 1000000000000000001L;
    static final Instant NOW = Instant.parse("2025-07-01T08:00:00Z");

    /** A message the bot posted: where, its id, and its text or embed. */
    record Post(String channelId, String id, String text, MessageEmbed embed, String nonce, String replyTo, List<String> reactions) {
    }

    final Wiring app;
    final Wiring.ChatServices chat;
    final JDA jda = Mocks.of(JDA.class);
    final Guild guild = Mocks.of(Guild.class);
    final SelfMember self = Mocks.of(SelfMember.class);
    final TextChannel channel = Mocks.of(TextChannel.class);
    final DiscordListener listener;
    final List<Post> posts = new ArrayList<>();
    final List<String> threadsStarted = new ArrayList<>();
    /** When set, the next posts fail with what it supplies (a JDA exception). */
    Supplier<RuntimeException> failure;
    /** Whether Paperboy holds View Channel, Send Messages and Embed Links (and thread permissions) here. */
    boolean botMayPost = true;

    private final Map<String, GuildMessageChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, ThreadChannel> threads = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1300000000000000000L);

    FakeDiscord(DiscordSettings settings) throws Exception {
        Config config = Config.load(java.nio.file.Path.of("config/paperboy.yaml"), true, Map.of(),
                List.of("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "schedule.zone=UTC",
                        // Adapter mechanics, not ranking: a fixed, transparent order keeps the expectations readable.
                        "ranking.mode=tags-only",
                        // No arXiv here: a seed of an unknown id finds it down at once instead of retrying for half a minute.
                        "sources.arxiv.base-url=http://127.0.0.1:9/api/query", "sources.http.retries=0"));
        app = Wiring.open(config, Clock.fixed(NOW, ZoneOffset.UTC));
        RoutingGateway routing = new RoutingGateway();
        chat = app.chat(routing, Optional.empty());
        routing.register(DiscordAdapter.PLATFORM, new DiscordGateway(jda, guild -> false, settings.preAddReactions()));
        listener = DiscordAdapter.listener(new DiscordServices(chat.commands(), chat.reactions(), app.vocabulary(), app.channels(), app.clock()),
                settings, Runnable::run);

        SelfUser selfUser = Mocks.of(SelfUser.class);
        when(selfUser.getIdLong()).thenReturn(BOT);
        when(jda.getSelfUser()).thenReturn(selfUser);
        when(guild.getId()).thenReturn(GUILD);
        when(guild.getSelfMember()).thenReturn(self);
        when(self.hasPermission(any(GuildChannel.class), any(Permission[].class))).thenAnswer(i -> botMayPost);
        when(jda.getChannelById(eq(GuildMessageChannel.class), anyString())).thenAnswer(i -> channels.get(i.<String>getArgument(1)));
        when(jda.getChannelById(eq(ThreadChannel.class), anyString())).thenAnswer(i -> threads.get(i.<String>getArgument(1)));

        when(channel.getId()).thenReturn(CHANNEL);
        when(channel.getGuild()).thenReturn(guild);
        when(channel.getType()).thenReturn(ChannelType.TEXT);
        acceptPosts(channel, CHANNEL);
        when(channel.createThreadChannel(anyString(), anyString())).thenAnswer(i -> startThread(i.getArgument(0), i.getArgument(1)));
        channels.put(CHANNEL, channel);
    }

    static FakeDiscord open() throws Exception {
        return new FakeDiscord(new DiscordSettings(Permission.MANAGE_CHANNEL, Curators.of(List.of("MANAGE_SERVER", "role:Curator")), true, Optional.empty(), false, 0));
    }

    /** Ingests the fixture papers, as if a source had delivered them. */
    FakeDiscord withPapers() throws IOException {
        try (InputStream in = FakeDiscord.class.getResourceAsStream("/discord/papers.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            app.ingest().ingest(app.jsonPapers().parse(lines, NOW, "test"));
        }
        return this;
    }

    ChannelRef ref() {
        return new ChannelRef("discord", GUILD, CHANNEL);
    }

    Channel stored() {
        return app.channels().find(ref()).orElseThrow();
    }

    List<Post> papers() {
        return posts.stream().filter(p -> p.embed() != null).toList();
    }

    /** The paper message carrying a paper, by the id its footer shows. */
    Post paper(String paperId) {
        return papers().stream().filter(p -> paperId(p).equals(paperId)).findFirst().orElseThrow();
    }

    static String paperId(Post post) {
        return post.embed().getFooter().getText().split(" ")[1];
    }

    /** Where the channel's messages appear to members, as JDA hands it to an event. */
    GuildMessageChannelUnion place() {
        GuildMessageChannelUnion place = Mocks.of(GuildMessageChannelUnion.class);
        when(place.getType()).thenReturn(ChannelType.TEXT);
        when(place.getId()).thenReturn(CHANNEL);
        return place;
    }

    /** A thread under the channel, as JDA hands it to an event. */
    GuildMessageChannelUnion threadPlace(String threadId) {
        GuildMessageChannelUnion place = Mocks.of(GuildMessageChannelUnion.class);
        ThreadChannel thread = Mocks.of(ThreadChannel.class);
        IThreadContainerUnion parent = Mocks.of(IThreadContainerUnion.class);
        when(parent.getId()).thenReturn(CHANNEL);
        when(thread.getParentChannel()).thenReturn(parent);
        when(place.getType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);
        when(place.getId()).thenReturn(threadId);
        when(place.asThreadChannel()).thenReturn(thread);
        return place;
    }

    private ThreadChannelAction startThread(String name, String headerId) {
        ThreadChannel thread = Mocks.of(ThreadChannel.class);
        when(thread.getId()).thenReturn(headerId);
        when(thread.getGuild()).thenReturn(guild);
        acceptPosts(thread, headerId);
        ThreadChannelAction action = Mocks.fluent(ThreadChannelAction.class);
        when(action.complete()).thenAnswer(i -> {
            threadsStarted.add(name);
            threads.put(headerId, thread);
            return thread;
        });
        return action;
    }

    private void acceptPosts(GuildMessageChannel target, String channelId) {
        when(target.addReactionById(anyString(), any(Emoji.class))).thenAnswer(r -> {
            String id = r.getArgument(0);
            posts.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(p -> p.reactions().add(r.<Emoji>getArgument(1).getName()));
            return Mocks.of(RestAction.class);
        });
        when(target.sendMessage(any(CharSequence.class))).thenAnswer(i -> action(channelId, i.getArgument(0).toString(), null));
        when(target.sendMessageEmbeds(anyCollection())).thenAnswer(i -> {
            Collection<MessageEmbed> embeds = i.getArgument(0);
            return action(channelId, null, embeds.iterator().next());
        });
    }

    private MessageCreateAction action(String channelId, String text, MessageEmbed embed) {
        MessageCreateAction action = Mocks.fluent(MessageCreateAction.class);
        String[] nonce = {null};
        String[] replyTo = {null};
        when(action.setNonce(anyString())).thenAnswer(i -> {
            nonce[0] = i.getArgument(0);
            return action;
        });
        when(action.setMessageReference(anyString())).thenAnswer(i -> {
            replyTo[0] = i.getArgument(0);
            return action;
        });
        when(action.failOnInvalidReply(anyBoolean())).thenReturn(action);
        when(action.complete()).thenAnswer(i -> {
            if (failure != null) {
                throw failure.get();
            }
            String id = Long.toString(ids.incrementAndGet());
            List<String> reactions = new java.util.concurrent.CopyOnWriteArrayList<>();
            posts.add(new Post(channelId, id, text, embed, nonce[0], replyTo[0], reactions));
            Message message = Mocks.of(Message.class);
            when(message.getId()).thenReturn(id);
            when(message.addReaction(any(Emoji.class))).thenAnswer(r -> {
                reactions.add(r.<Emoji>getArgument(0).getName());
                return Mocks.of(RestAction.class);
            });
            return message;
        });
        return action;
    }

    @Override
    public void close() {
        app.close();
    }
}
