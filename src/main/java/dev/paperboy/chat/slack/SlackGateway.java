package dev.paperboy.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.reactions.ReactionsAddResponse;
import com.slack.api.model.Message;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.OutgoingMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts with {@code chat.postMessage} and returns the message's {@code ts}, which is its id in Slack. Each call is
 * made once: the digest service is the one place that waits and tries again. Every digest post carries message
 * metadata (event type {@value #EVENT_TYPE}, payload {@code key}) naming it, so after a post whose answer never
 * came (a timeout, a 5xx: Slack may have stored it) {@link #find} reads the channel's recent history, or the
 * digest's thread, and tells whether it is there before it is posted again.
 */
final class SlackGateway implements ChatGateway {

    /** A Web API call that may fail the ways {@link MethodsClient} does. */
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    static final String EVENT_TYPE = "paperboy_post";
    /** How many recent messages (or thread replies) a lookup reads: a digest's own posts are among the latest. */
    static final int LOOKUP_DEPTH = 200;
    private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

    private final MethodsClient client;
    private final boolean voteReactions;

    SlackGateway(MethodsClient client, boolean voteReactions) {
        this.client = client;
        this.voteReactions = voteReactions;
    }

    @Override
    public String post(ChannelRef channel, OutgoingMessage message) throws ChatException {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder()
                .channel(channel.channel())
                .text(SlackBlocks.fallback(message))
                .blocks(SlackBlocks.of(message))
                .threadTs(message.threadOf().orElse(null))
                .metadata(message.key().map(key -> Message.Metadata.builder().eventType(EVENT_TYPE)
                        .eventPayload(Map.of("key", key)).build()).orElse(null))
                .unfurlLinks(false)
                .unfurlMedia(false)
                .build();
        ChatPostMessageResponse response = once("chat.postMessage", () -> client.chatPostMessage(request), true);
        if (!response.isOk()) {
            throw SlackFailures.refused("chat.postMessage", response.getError(), response.getNeeded());
        }
        return response.getTs();
    }

    @Override
    public Optional<String> find(ChannelRef channel, String key, Optional<String> thread) throws ChatException {
        List<Message> messages;
        String error;
        if (thread.isPresent()) {
            var replies = once("conversations.replies", () -> client.conversationsReplies(r -> r.channel(channel.channel())
                    .ts(thread.get()).limit(LOOKUP_DEPTH).includeAllMetadata(true)), false);
            messages = replies.getMessages();
            error = replies.isOk() ? null : replies.getError();
        } else {
            var history = once("conversations.history", () -> client.conversationsHistory(r -> r.channel(channel.channel())
                    .limit(LOOKUP_DEPTH).includeAllMetadata(true)), false);
            messages = history.getMessages();
            error = history.isOk() ? null : history.getError();
        }
        if (error != null) {
            throw SlackFailures.refused("conversations.history", error, null);
        }
        return messages == null ? Optional.empty() : messages.stream()
                .filter(m -> m.getMetadata() != null && EVENT_TYPE.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null && key.equals(m.getMetadata().getEventPayload().get("key")))
                .map(Message::getTs)
                .findFirst();
    }

    /**
     * The bot's own 👍 and 👎 under a paper, so members only click; after the message is recorded, so a member's
     * click meanwhile counts. Nice to have: one try each, and a failure never fails the post.
     */
    @Override
    public void posted(ChannelRef channel, OutgoingMessage message, String ts) {
        if (!voteReactions || message.kind() != OutgoingMessage.Kind.PAPER) {
            return;
        }
        for (String emoji : new String[] {"+1", "-1"}) {
            try {
                ReactionsAddResponse added = once("reactions.add",
                        () -> client.reactionsAdd(r -> r.channel(channel.channel()).timestamp(ts).name(emoji)), false);
                if (!added.isOk() && !"already_reacted".equals(added.getError())) {
                    log.info("could not add the vote reaction channel={} emoji={} error={}", channel, emoji, added.getError());
                }
            } catch (ChatException e) {
                log.info("could not add the vote reaction channel={} emoji={}: {}", channel, emoji, e.getMessage());
            }
        }
    }

    /** One call; {@code creates} says whether a lost answer leaves the call's effect in doubt. */
    private static <T> T once(String method, Call<T> call, boolean creates) throws ChatException {
        try {
            return call.run();
        } catch (IOException e) {
            throw SlackFailures.io(method, e, creates);
        } catch (SlackApiException e) {
            throw SlackFailures.http(method, e, creates);
        }
    }
}
