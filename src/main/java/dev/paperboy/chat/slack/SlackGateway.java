package dev.paperboy.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.reactions.ReactionsAddResponse;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.OutgoingMessage;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts with {@code chat.postMessage} and returns the message's {@code ts}, which is its id in Slack. A rate
 * limit (HTTP 429) is waited out for as long as Retry-After says, up to a cap, and Slack's own 5xx errors are
 * retried with backoff; past that the post fails as {@link ChatException.Reason#TRANSIENT} and the paper stays
 * unread. A network error is not retried: the message may have been posted, and a retry could post it twice.
 */
final class SlackGateway implements ChatGateway {

    /** Waits; a test passes one that records the wait instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A Web API call that may fail the ways {@link MethodsClient} does. */
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    static final int ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

    private final MethodsClient client;
    private final boolean voteReactions;
    private final Duration maxRetryAfter;
    private final Sleeper sleeper;

    SlackGateway(MethodsClient client, boolean voteReactions, Duration maxRetryAfter, Sleeper sleeper) {
        this.client = client;
        this.voteReactions = voteReactions;
        this.maxRetryAfter = maxRetryAfter;
        this.sleeper = sleeper;
    }

    @Override
    public String post(ChannelRef channel, OutgoingMessage message) throws ChatException {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder()
                .channel(channel.channel())
                .text(SlackBlocks.fallback(message))
                .blocks(SlackBlocks.of(message))
                .threadTs(message.threadOf().orElse(null))
                .unfurlLinks(false)
                .unfurlMedia(false)
                .build();
        ChatPostMessageResponse response = withRetries("chat.postMessage", channel, () -> client.chatPostMessage(request));
        if (!response.isOk()) {
            throw SlackFailures.refused("chat.postMessage", response.getError(), response.getNeeded());
        }
        if (voteReactions && message.kind() == OutgoingMessage.Kind.PAPER) {
            addVotes(channel, response.getTs());
        }
        return response.getTs();
    }

    /** The bot's own 👍 and 👎 under a paper, so members only click. Nice to have: a failure never fails the post. */
    private void addVotes(ChannelRef channel, String ts) {
        for (String emoji : new String[] {"+1", "-1"}) {
            try {
                ReactionsAddResponse added = withRetries("reactions.add", channel,
                        () -> client.reactionsAdd(r -> r.channel(channel.channel()).timestamp(ts).name(emoji)));
                if (!added.isOk() && !"already_reacted".equals(added.getError())) {
                    log.info("could not add the vote reaction channel={} emoji={} error={}", channel, emoji, added.getError());
                }
            } catch (ChatException e) {
                log.info("could not add the vote reaction channel={} emoji={}: {}", channel, emoji, e.getMessage());
            }
        }
    }

    private <T> T withRetries(String method, ChannelRef channel, Call<T> call) throws ChatException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            ChatException failure;
            try {
                return call.run();
            } catch (IOException e) {
                throw SlackFailures.io(method, e);
            } catch (SlackApiException e) {
                failure = SlackFailures.http(method, e);
            }
            if (failure.reason() != ChatException.Reason.TRANSIENT || attempt == ATTEMPTS) {
                throw failure;
            }
            Duration wait = failure.retryAfter().orElse(backoff);
            if (wait.compareTo(maxRetryAfter) > 0) {
                log.warn("slack {} channel={}: {} Longer than the {} s I wait; giving up for now", method, channel,
                        failure.getMessage(), maxRetryAfter.toSeconds());
                throw failure;
            }
            log.info("slack {} channel={} attempt={}: {} Retrying in {} ms", method, channel, attempt, failure.getMessage(), wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
            backoff = backoff.multipliedBy(2);
        }
    }
}
