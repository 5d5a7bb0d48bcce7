package dev.paperboy.channel;

/** Posts to a chat platform. Each adapter implements it; the core never sees a platform SDK. */
public interface ChatGateway {

    /** Posts and returns the platform's id of the new message. */
    String post(ChannelRef channel, OutgoingMessage message) throws ChatException;
}
