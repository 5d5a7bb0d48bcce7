package dev.paperboy.app;

import dev.paperboy.channel.RoutingGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every chat adapter whose credentials are in the environment and registers its gateway. Each adapter
 * is one block here; an empty result means no credentials were set and the console should run.
 */
final class ChatAdapters {

    private static final Logger log = LoggerFactory.getLogger(ChatAdapters.class);

    private ChatAdapters() {
    }

    /** The started adapters, to close on shutdown. */
    static List<AutoCloseable> start(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, Map<String, String> env)
            throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        if (env.containsKey("SLACK_BOT_TOKEN")) {
            started.add(SlackSetup.start(app, chat, routing, env));
        }
        if (env.containsKey("DISCORD_TOKEN")) {
            log.warn("DISCORD_TOKEN is set, but the Discord adapter is not available yet");
        }
        return started;
    }
}
