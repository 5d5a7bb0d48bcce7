package dev.paperboy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatException.Reason;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import org.junit.jupiter.api.Test;

/**
 * GIVEN Discord answers a post with an error (JDA's own exception types) THEN the digest learns whether to
 * pause the channel, try again later, or give up on the post.
 */
class DiscordFailuresTest {

    private static final ChannelRef REF = new ChannelRef("discord", "1", "2");

    private static ErrorResponseException error(ErrorResponse error, int status) {
        return ErrorResponseException.create(error, new Response(null, status, "status " + status, -1, Set.of()));
    }

    private static Reason reason(Throwable failure) {
        return DiscordFailures.map(REF, failure).reason();
    }

    @Test
    void aChannelPaperboyMayNotReachIsUnavailable() {
        assertThat(reason(error(ErrorResponse.UNKNOWN_CHANNEL, 404))).isEqualTo(Reason.CHANNEL_UNAVAILABLE);
        assertThat(reason(error(ErrorResponse.MISSING_ACCESS, 403))).isEqualTo(Reason.CHANNEL_UNAVAILABLE);
        assertThat(reason(error(ErrorResponse.MISSING_PERMISSIONS, 403))).isEqualTo(Reason.CHANNEL_UNAVAILABLE);
        assertThat(DiscordFailures.map(REF, error(ErrorResponse.MISSING_PERMISSIONS, 403)).getMessage())
                .contains("Missing Permissions").contains("Send Messages");
    }

    @Test
    void serverErrorsRateLimitsAndNetworkFailuresAreWorthAnotherTry() {
        assertThat(reason(error(ErrorResponse.SERVER_ERROR, 502))).isEqualTo(Reason.TRANSIENT);
        assertThat(reason(ErrorResponseException.create(ErrorResponse.SERVER_ERROR,
                new Response(new SocketTimeoutException("read timed out"), Set.of())))).isEqualTo(Reason.TRANSIENT);
        assertThat(reason(new CompletionException(new IOException("connection reset")))).isEqualTo(Reason.TRANSIENT);

        ChatException limited = DiscordFailures.map(REF, new RateLimitedException("channels/2/messages", 1_500));
        assertThat(limited.reason()).isEqualTo(Reason.TRANSIENT);
        assertThat(limited.retryAfter()).contains(Duration.ofMillis(1_500));
    }

    @Test
    void anInvalidMessageIsRefusedForGoodAndAnythingElseGivesUpOnThePostOnly() {
        assertThat(reason(error(ErrorResponse.INVALID_FORM_BODY, 400))).as("this message, not the channel").isEqualTo(Reason.REFUSED);
        assertThat(reason(error(ErrorResponse.UNKNOWN_MESSAGE, 404))).isEqualTo(Reason.FAILED);
        assertThat(reason(new IllegalStateException("boom"))).isEqualTo(Reason.FAILED);
        assertThat(DiscordFailures.map(REF, error(ErrorResponse.INVALID_FORM_BODY, 400)).retryAfter()).isEmpty();
    }
}
