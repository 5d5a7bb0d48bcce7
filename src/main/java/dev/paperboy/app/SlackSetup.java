package dev.paperboy.app;

import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.chat.slack.SlackAdapter;
import dev.paperboy.chat.slack.SlackSettings;
import dev.paperboy.chat.slack.SlackStartException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/** Builds the Slack adapter from the environment (tokens) and the {@code slack.*} settings, and registers its gateway. */
final class SlackSetup {

    private SlackSetup() {
    }

    static SlackSettings settings(Config config, Map<String, String> env) throws ConfigException {
        try {
            return new SlackSettings(env.get("SLACK_BOT_TOKEN"), Optional.ofNullable(env.get("SLACK_APP_TOKEN")),
                    Optional.ofNullable(env.get("SLACK_SIGNING_SECRET")), config.string("slack.command").strip(),
                    config.integer("slack.http-port"), config.string("slack.http-path").strip(),
                    new LinkedHashSet<>(config.list("slack.managers")), SlackSettings.curatorsOf(config.list("tags.curators")),
                    config.bool("slack.vote-reactions"),
                    Duration.ofSeconds(config.integer("slack.max-retry-after-seconds")),
                    Optional.of(config.string("slack.api-url").strip()), Duration.ofSeconds(config.integer("slack.timeout-seconds")));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** Starts the adapter; a token Slack rejects stops {@code paperboy run} with the reason, never with the token. */
    static SlackAdapter start(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, Map<String, String> env)
            throws ConfigException {
        SlackSettings settings = settings(app.config(), env);
        try {
            SlackAdapter adapter = SlackAdapter.start(settings,
                    new SlackAdapter.Services(chat.commands(), chat.reactions(), app.channels(), app.clock()));
            routing.register(SlackAdapter.PLATFORM, adapter.gateway());
            return adapter;
        } catch (SlackStartException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
