package dev.paperboy.chat.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How the Slack adapter runs. Tokens come from the environment only and never appear in {@link #toString()}.
 *
 * @param botToken          {@code SLACK_BOT_TOKEN} ({@code xoxb-…})
 * @param appToken          {@code SLACK_APP_TOKEN} ({@code xapp-…}): Socket Mode, the default when present
 * @param signingSecret     {@code SLACK_SIGNING_SECRET}: HTTP mode, verifies every request's signature
 * @param command           the slash command's name, {@code /papers} unless a second install needs another
 * @param httpPort          HTTP mode's port (0 picks a free one, for tests)
 * @param httpPath          where Slack sends commands and events in HTTP mode
 * @param managers          who may change a channel's tags, schedule, size and layout: user ids, or
 *                          {@value Managers#ADMINS} for workspace admins and owners; empty means everyone
 * @param curators          who may correct papers' tags ({@code tags.curators}: its user ids and {@value Managers#ADMINS});
 *                          empty means no one on Slack
 * @param voteReactions     whether the bot adds 👍 and 👎 under each paper, so members only need to click
 * @param maxRetryAfter     no longer read: the digest's one retry layer caps every wait ({@code schedule.post-retry-max-seconds})
 * @param apiUrl            the Web API's base URL; a local fake in tests, Slack's own when empty
 * @param timeout           how long a Web API call may go unanswered; a post that times out is looked for before another try
 */
public record SlackSettings(String botToken, Optional<String> appToken, Optional<String> signingSecret, String command,
                            int httpPort, String httpPath, Set<String> managers, Set<String> curators, boolean voteReactions,
                            Duration maxRetryAfter, Optional<String> apiUrl, Duration timeout) {

    /** Slack's HTTP client's own timeout, 10 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SlackSettings(String botToken, Optional<String> appToken, Optional<String> signingSecret, String command, int httpPort,
                         String httpPath, Set<String> managers, Set<String> curators, boolean voteReactions, Duration maxRetryAfter,
                         Optional<String> apiUrl) {
        this(botToken, appToken, signingSecret, command, httpPort, httpPath, managers, curators, voteReactions, maxRetryAfter, apiUrl,
                DEFAULT_TIMEOUT);
    }

    /** How Slack reaches the bot. */
    public enum Mode {
        SOCKET, HTTP
    }

    public SlackSettings {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is empty");
        }
        appToken = appToken.filter(t -> !t.isBlank());
        signingSecret = signingSecret.filter(s -> !s.isBlank());
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor "
                    + "SLACK_SIGNING_SECRET (HTTP mode) is: set one of them (see the README's Slack section)");
        }
        if (!command.startsWith("/")) {
            throw new IllegalArgumentException("slack.command must start with /, got '" + command + "'");
        }
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("slack.http-port must be 0..65535, got " + httpPort);
        }
        if (!httpPath.startsWith("/")) {
            throw new IllegalArgumentException("slack.http-path must start with /, got '" + httpPath + "'");
        }
        managers = Set.copyOf(managers);
        curators = Set.copyOf(curators);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("slack.timeout-seconds must be at least 1, got " + timeout.toSeconds());
        }
    }

    /** The Slack entries of {@code tags.curators}, a list shared with other platforms. */
    public static Set<String> curatorsOf(java.util.List<String> entries) {
        return Managers.slackEntries(entries);
    }

    /** Socket Mode whenever an app token is there: it needs no public URL. */
    public Mode mode() {
        return appToken.isPresent() ? Mode.SOCKET : Mode.HTTP;
    }

    public SlackSettings withApiUrl(String url) {
        return new SlackSettings(botToken, appToken, signingSecret, command, httpPort, httpPath, managers, curators, voteReactions,
                maxRetryAfter, Optional.of(url), timeout);
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode() + ", command=" + command + ", httpPort=" + httpPort + ", httpPath=" + httpPath
                + ", managers=" + managers + ", curators=" + curators + ", voteReactions=" + voteReactions + ", maxRetryAfter=" + maxRetryAfter + "]";
    }
}
