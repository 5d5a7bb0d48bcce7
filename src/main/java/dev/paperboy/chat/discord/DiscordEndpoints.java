package dev.paperboy.chat.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Where JDA finds Discord: its REST API and its gateway. Both are Discord's own unless {@code discord.api-url}
 * and {@code discord.gateway-url} say otherwise, which a test (a local Discord) or a proxy does. The session
 * controller keeps JDA's own connect queue (one IDENTIFY every 5 s); only the gateway's address changes.
 */
final class DiscordEndpoints {

    private DiscordEndpoints() {
    }

    static RestConfig rest(DiscordSettings settings) {
        RestConfig rest = new RestConfig();
        settings.apiUrl().ifPresent(rest::setBaseUrl);
        return rest;
    }

    static SessionControllerAdapter sessions(DiscordSettings settings) {
        return settings.gatewayUrl().<SessionControllerAdapter>map(Gateway::new).orElseGet(SessionControllerAdapter::new);
    }

    /** JDA's session controller with another gateway; the shard count still comes from {@code GET /gateway/bot}. */
    private static final class Gateway extends SessionControllerAdapter {
        private final String url;

        Gateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway discord = super.getShardedGateway(api);
            return new ShardedGateway(url, discord.getShardTotal(), discord.getConcurrency());
        }
    }
}
