package dev.paperboy.chat.discord;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.PaperCard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts Paperboy's messages to Discord and returns their ids (snowflakes), so a reaction maps back to its
 * paper. A header is plain text; a paper is an embed. Under the thread layout the papers go in a thread started
 * from the header (its id is the header's id, so it is found again after a restart); where a thread cannot be
 * made they reply to the header instead. Calls block ({@code complete()}): the digest service runs on its own
 * thread and needs the id, and JDA already waits out rate limits and retries 5xx before this returns. Every digest
 * post, header included, carries a nonce derived from its key and JDA asks Discord to enforce it: a post tried again
 * after a lost answer (within Discord's few minutes) returns the first message instead of making a second, so a
 * failure here is {@code TRANSIENT}, never ambiguous.
 */
public final class DiscordGateway implements ChatGateway {

    static final Emoji UP = Emoji.fromUnicode("👍");
    static final Emoji DOWN = Emoji.fromUnicode("👎");
    private static final Logger log = LoggerFactory.getLogger(DiscordGateway.class);
    private static final int REMEMBERED_HEADERS = 1_000;

    private final IGuildChannelContainer<Channel> discord;
    private final LongPredicate guildUnavailable;
    private final boolean preAddReactions;
    /** Header id -> the name its thread gets; only the recent ones matter, a digest is posted in one go. */
    private final Map<String, String> threadNames = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_HEADERS;
        }
    });

    /**
     * @param discord where channels are looked up: a {@code JDA} or a {@code ShardManager}
     * @param guildUnavailable whether a server is in an outage, so a missing channel is not a deleted one
     */
    public DiscordGateway(IGuildChannelContainer<Channel> discord, LongPredicate guildUnavailable, boolean preAddReactions) {
        this.discord = discord;
        this.guildUnavailable = guildUnavailable;
        this.preAddReactions = preAddReactions;
    }

    @Override
    public String post(ChannelRef ref, OutgoingMessage message) throws ChatException {
        try {
            GuildMessageChannel channel = channel(ref);
            if (message.paper().isPresent()) {
                return postPaper(ref, channel, message.paper().get(), message.threadOf(), message.key().orElse(message.paper().get().id()));
            }
            MessageCreateAction action = channel.sendMessage(PaperEmbeds.clip(message.text(), Message.MAX_CONTENT_LENGTH));
            if (message.key().isPresent()) {
                action = action.setNonce(nonce(ref, message.key().get()));
            }
            String id = action.complete().getId();
            if (message.kind() == OutgoingMessage.Kind.DIGEST) {
                threadNames.put(id, threadName(message.text()));
            }
            return id;
        } catch (ChatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DiscordFailures.map(ref, e);
        }
    }

    private GuildMessageChannel channel(ChannelRef ref) throws ChatException {
        GuildMessageChannel channel;
        try {
            channel = discord.getChannelById(GuildMessageChannel.class, ref.channel());
        } catch (NumberFormatException e) {
            throw new ChatException(ChatException.Reason.FAILED, ref + " is not a Discord channel id", e);
        }
        if (channel != null) {
            return channel;
        }
        if (guildUnavailable.test(MiscUtil.parseSnowflake(ref.workspace()))) {
            throw new ChatException(ChatException.Reason.TRANSIENT, "Discord server " + ref.workspace() + " is in an outage; try again later");
        }
        throw new ChatException(ChatException.Reason.CHANNEL_UNAVAILABLE,
                "Paperboy cannot see Discord channel " + ref + " any more (deleted, or the bot was removed or lost View Channel)");
    }

    private String postPaper(ChannelRef ref, GuildMessageChannel channel, PaperCard card, Optional<String> threadOf, String key) {
        GuildMessageChannel target = channel;
        Optional<String> replyTo = Optional.empty();
        if (threadOf.isPresent()) {
            Optional<GuildMessageChannel> thread = thread(channel, threadOf.get());
            if (thread.isPresent()) {
                target = thread.get();
            } else {
                replyTo = threadOf;
            }
        }
        MessageCreateAction action = target.sendMessageEmbeds(List.of(PaperEmbeds.of(card))).setNonce(nonce(ref, key));
        if (replyTo.isPresent()) {
            action = action.setMessageReference(replyTo.get()).failOnInvalidReply(false);
        }
        return action.complete().getId();
    }

    /** The bot's own 👍 and 👎, once the paper's message is recorded (so a member's click meanwhile counts). */
    @Override
    public void posted(ChannelRef ref, OutgoingMessage message, String messageId) {
        if (!preAddReactions || message.kind() != OutgoingMessage.Kind.PAPER) {
            return;
        }
        try {
            GuildMessageChannel channel = channel(ref);
            GuildMessageChannel target = message.threadOf().map(h -> (GuildMessageChannel) discord.getChannelById(ThreadChannel.class, h))
                    .filter(java.util.Objects::nonNull).orElse(channel);
            // Best effort: without Add Reactions the paper is still posted and members can react themselves.
            target.addReactionById(messageId, UP).queue(null, e -> log.debug("could not pre-add reactions in {}: {}", ref, e.toString()));
            target.addReactionById(messageId, DOWN).queue(null, e -> log.debug("could not pre-add reactions in {}: {}", ref, e.toString()));
        } catch (ChatException | RuntimeException e) {
            log.debug("could not pre-add reactions in {}: {}", ref, e.toString());
        }
    }

    /** The digest's thread: found by the header's id, or started from the header; empty where none can be. */
    private Optional<GuildMessageChannel> thread(GuildMessageChannel channel, String headerId) {
        ThreadChannel existing = discord.getChannelById(ThreadChannel.class, headerId);
        if (existing != null) {
            return Optional.of(existing);
        }
        if (!(channel instanceof IThreadContainer container)
                || !channel.getGuild().getSelfMember().hasPermission(channel, Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS)) {
            log.info("cannot start a thread in channel={}; papers reply to the digest header instead", channel.getId());
            return Optional.empty();
        }
        synchronized (threadNames) {
            try {
                return Optional.of(container.createThreadChannel(threadNames.getOrDefault(headerId, "Paperboy digest"), headerId).complete());
            } catch (ErrorResponseException e) {
                if (e.getErrorResponse() == ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) {
                    return Optional.ofNullable(discord.getChannelById(ThreadChannel.class, headerId));
                }
                throw e;
            }
        }
    }

    /** The header's first sentence, as short as a thread name must be. */
    static String threadName(String header) {
        int stop = header.indexOf(". ");
        String name = (stop > 0 ? header.substring(0, stop) : header).strip();
        return PaperEmbeds.clip(name.isEmpty() ? "Paperboy digest" : name, 100);
    }

    /**
     * The same paper in the same channel always gets the same nonce, and JDA asks Discord to enforce nonces: a
     * post retried after a lost response (within Discord's few minutes) returns the first message, not a second.
     */
    static String nonce(ChannelRef ref, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((ref + "|" + key).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (hash[i] & 0xFF);
            }
            return "pb" + Long.toUnsignedString(value, 36);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
