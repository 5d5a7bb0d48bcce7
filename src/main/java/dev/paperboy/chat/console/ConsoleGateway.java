package dev.paperboy.chat.console;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.OutgoingMessage;
import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * Posts by printing. Message ids are {@code m1}, {@code m2}, … continuing after the highest id the database
 * already holds, so a reaction in a later session still names exactly one message.
 */
public final class ConsoleGateway implements ChatGateway {

    /** A posted message with its id and the session time it was posted at. */
    public record Posted(String id, ChannelRef channel, OutgoingMessage message, java.time.Instant at) {
    }

    private final BiConsumer<Posted, Boolean> printer;
    private final Clock clock;
    private long next;

    /**
     * @param firstId the number of the first message id this session hands out
     * @param printer prints a posted message (the flag is false for replies, which are not stored)
     */
    public ConsoleGateway(long firstId, Clock clock, BiConsumer<Posted, Boolean> printer) {
        this.next = firstId;
        this.clock = clock;
        this.printer = printer;
    }

    @Override
    public synchronized String post(ChannelRef channel, OutgoingMessage message) {
        String id = nextId();
        printer.accept(new Posted(id, channel, message, clock.instant()), true);
        return id;
    }

    /** Prints a reply or error, which gets an id like any message but carries no paper. */
    public synchronized void reply(ChannelRef channel, OutgoingMessage message) {
        printer.accept(new Posted(nextId(), channel, message, clock.instant()), false);
    }

    private String nextId() {
        return "m" + next++;
    }
}
