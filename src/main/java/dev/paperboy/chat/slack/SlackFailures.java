package dev.paperboy.chat.slack;

import com.slack.api.methods.SlackApiException;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatException.Reason;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Slack's failures in terms of what Paperboy does next. The messages are sentences: they become a paused
 * channel's reason, which {@code /papers settings} shows, and the error a member sees after {@code /papers digest}.
 */
final class SlackFailures {

    /** The bot cannot post there until someone acts: the channel is paused. */
    private static final Set<String> UNAVAILABLE = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "channel_is_archived", "restricted_action", "restricted_action_read_only_channel",
            "restricted_action_thread_only_channel", "restricted_action_non_threadable_channel", "team_access_not_granted",
            "ekm_access_denied");
    /** This message, not the channel: Slack will never take it as it is. */
    private static final Set<String> MESSAGE_REFUSED = Set.of("invalid_blocks", "invalid_blocks_format", "msg_too_long",
            "no_text", "too_many_attachments", "invalid_attachments", "invalid_metadata_format", "invalid_metadata_schema",
            "metadata_too_large", "markdown_text_conflict");
    /** Slack's side, or too fast: worth another try later. */
    private static final Set<String> TRANSIENT = Set.of("ratelimited", "rate_limited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");
    /** The token itself is bad: nothing posts until the operator fixes it. */
    static final Set<String> BAD_TOKEN = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "not_allowed_token_type");

    private SlackFailures() {
    }

    /** A {@code "ok": false} answer. */
    static ChatException refused(String method, String error, String needed) {
        String code = error == null ? "unknown_error" : error;
        if (UNAVAILABLE.contains(code)) {
            return new ChatException(Reason.CHANNEL_UNAVAILABLE, unavailable(code));
        }
        if (TRANSIENT.contains(code)) {
            return new ChatException(Reason.TRANSIENT, "Slack could not take " + method + " just now (" + code + "); I'll try again later.");
        }
        if (MESSAGE_REFUSED.contains(code)) {
            return new ChatException(Reason.REFUSED, "Slack refused " + method + " (" + code + ").");
        }
        if (BAD_TOKEN.contains(code)) {
            return new ChatException(Reason.FAILED, "Slack rejected the bot token (" + code + "): check SLACK_BOT_TOKEN and restart.");
        }
        if ("missing_scope".equals(code)) {
            return new ChatException(Reason.FAILED, "The Slack app lacks the scope " + (needed == null ? "it needs" : needed)
                    + " for " + method + ": update it from config/slack-manifest.yaml and reinstall it.");
        }
        return new ChatException(Reason.FAILED, "Slack refused " + method + " (" + code + ").");
    }

    /**
     * A non-200 HTTP answer: 429 carries Retry-After, 5xx is Slack's trouble (for a call that creates something,
     * Slack may have done it before failing: ambiguous), anything else is ours.
     */
    static ChatException http(String method, SlackApiException e, boolean creates) {
        int status = e.getResponse().code();
        if (status == 429) {
            Duration wait = retryAfter(e.getResponse().header("Retry-After"));
            return new ChatException(Reason.TRANSIENT, "Slack rate-limited " + method + " (retry after " + wait.toSeconds() + " s).", e, wait);
        }
        String code = e.getError() == null ? null : e.getError().getError();
        if (status >= 500) {
            return new ChatException(creates ? Reason.AMBIGUOUS : Reason.TRANSIENT, "Slack answered " + method + " with HTTP " + status + "; I'll try again later.", e);
        }
        if (code != null) {
            ChatException refused = refused(method, code, e.getError().getNeeded());
            return new ChatException(refused.reason(), refused.getMessage(), e);
        }
        return new ChatException(Reason.FAILED, "Slack answered " + method + " with HTTP " + status + ".", e);
    }

    /** The request may have reached Slack before the connection failed or timed out. */
    static ChatException io(String method, IOException e, boolean creates) {
        // No connection made, no request sent: certainly not posted.
        boolean unsent = e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException;
        return new ChatException(creates && !unsent ? Reason.AMBIGUOUS : Reason.TRANSIENT, "Could not reach Slack for " + method + " (" + e.getClass().getSimpleName() + ").", e);
    }

    /** Slack sends whole seconds; a missing or odd header still means "wait a little". */
    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "" : header.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static String unavailable(String code) {
        return switch (code) {
            case "not_in_channel" -> "Slack says not_in_channel: invite me with `/invite @Paperboy`; digests resume once I'm in.";
            case "channel_not_found" -> "Slack says channel_not_found: the channel is gone, or private and I'm not in it. "
                    + "Invite me with `/invite @Paperboy`; digests resume once I'm in.";
            case "is_archived", "channel_is_archived" -> "Slack says " + code + ": the channel is archived, so I stopped posting there.";
            default -> "Slack says " + code + ": this channel does not let me post, so I stopped posting there.";
        };
    }
}
