package dev.paperboy.chat.discord;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatException.Reason;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Says what a failed Discord call means for the digest: a channel Paperboy can no longer reach or post in is
 * paused (its members fix the permissions), a rate limit, a 5xx or a network failure is worth another try
 * later, and anything else gives up on that post.
 */
final class DiscordFailures {

    /** Discord errors that mean this channel is not ours to post in any more. */
    static final Set<ErrorResponse> UNAVAILABLE = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL, ErrorResponse.MISSING_ACCESS,
            ErrorResponse.MISSING_PERMISSIONS, ErrorResponse.UNKNOWN_GUILD, ErrorResponse.CANNOT_SEND_MESSAGE_IN_FORUM);

    private DiscordFailures() {
    }

    static ChatException map(ChannelRef ref, Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ErrorResponseException e) {
            if (UNAVAILABLE.contains(e.getErrorResponse())) {
                return new ChatException(Reason.CHANNEL_UNAVAILABLE, "Discord refused a post in " + ref + ": " + e.getErrorResponse().getMeaning()
                        + " (give Paperboy View Channel, Send Messages and Embed Links there)", e);
            }
            int status = e.getResponse() == null ? 0 : e.getResponse().code;
            if (e.isServerError() || status >= 500 || status == 429 || e.getResponse() != null && e.getResponse().getException() != null) {
                return new ChatException(Reason.TRANSIENT, "Discord failed a post in " + ref + " (" + e.getErrorCode() + " "
                        + e.getMeaning() + "); try again later", e);
            }
            if (e.getErrorResponse() == ErrorResponse.INVALID_FORM_BODY) {
                // This message, as it is: other messages may still pass.
                return new ChatException(Reason.REFUSED, "Discord refused a post in " + ref + ": " + e.getErrorCode() + " " + e.getMeaning(), e);
            }
            return new ChatException(Reason.FAILED, "Discord refused a post in " + ref + ": " + e.getErrorCode() + " " + e.getMeaning(), e);
        }
        if (t instanceof PermissionException e) {
            String missing = e.getPermission() == Permission.UNKNOWN ? e.getMessage() : e.getPermission().getName();
            return new ChatException(Reason.CHANNEL_UNAVAILABLE, "Paperboy lacks the Discord permission " + missing + " in " + ref, e);
        }
        if (t instanceof RateLimitedException e) {
            return new ChatException(Reason.TRANSIENT, "Discord rate-limited a post in " + ref, e, Duration.ofMillis(Math.max(0, e.getRetryAfter())));
        }
        if (t instanceof IOException || t instanceof TimeoutException || t instanceof InterruptedException) {
            return new ChatException(Reason.TRANSIENT, "Discord could not be reached for a post in " + ref + ": " + t, t);
        }
        return new ChatException(Reason.FAILED, "a post to Discord in " + ref + " failed: " + t, t);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
