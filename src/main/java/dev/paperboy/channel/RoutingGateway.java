package dev.paperboy.channel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sends each post to the gateway of its channel's platform, so one digest service serves every adapter. */
public final class RoutingGateway implements ChatGateway {

    private final Map<String, ChatGateway> byPlatform = new ConcurrentHashMap<>();

    public void register(String platform, ChatGateway gateway) {
        byPlatform.put(platform, gateway);
    }

    @Override
    public String post(ChannelRef channel, OutgoingMessage message) throws ChatException {
        ChatGateway gateway = byPlatform.get(channel.platform());
        if (gateway == null) {
            // Not CHANNEL_UNAVAILABLE: the channel is fine, this process just has no adapter for it (no token set),
            // and pausing it would stop its digests on the instances that do.
            throw new ChatException(ChatException.Reason.FAILED, "no adapter is running for " + channel.platform());
        }
        return gateway.post(channel, message);
    }

    @Override
    public java.util.Optional<String> find(ChannelRef channel, String key, java.util.Optional<String> thread) throws ChatException {
        ChatGateway gateway = byPlatform.get(channel.platform());
        if (gateway == null) {
            throw new ChatException(ChatException.Reason.FAILED, "no adapter is running for " + channel.platform());
        }
        return gateway.find(channel, key, thread);
    }

    @Override
    public void posted(ChannelRef channel, OutgoingMessage message, String messageId) {
        ChatGateway gateway = byPlatform.get(channel.platform());
        if (gateway != null) {
            gateway.posted(channel, message, messageId);
        }
    }

    @Override
    public boolean serves(String platform) {
        return byPlatform.containsKey(platform);
    }
}
