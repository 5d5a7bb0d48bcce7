package dev.paperboy.schedule;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatException;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.OutgoingMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A chat platform that records what reached each channel. A script of failures can be queued: each call takes
 * the next entry (a ChatException the platform answers with, or a RuntimeException that stands for the process
 * dying mid-post), which may come after the platform stored the post; an empty script means every post succeeds.
 * Like Slack's history it can tell whether a keyed post is in the channel, unless made {@link #blind()} (a
 * platform without a way to look).
 */
final class FakeChat implements ChatGateway {

    /** A message that reached a channel. */
    record Posted(String id, ChannelRef channel, OutgoingMessage.Kind kind, Optional<String> paperId, Optional<String> thread,
                  Optional<String> key) {
    }

    private final List<Posted> posted = new ArrayList<>();
    private final Deque<Supplier<RuntimeException>> script = new ArrayDeque<>();
    private int calls;
    private boolean blind;
    private int next = 1;

    /** The next posts succeed, in order. */
    synchronized FakeChat succeed(int posts) {
        for (int i = 0; i < posts; i++) {
            script.add(() -> null);
        }
        return this;
    }

    /** The next post fails with what the platform says. */
    synchronized FakeChat fail(ChatException e) {
        script.add(() -> new Wrapped(e));
        return this;
    }

    /** The next post kills the process: nothing after it in the digest runs. */
    synchronized FakeChat die() {
        script.add(() -> new IllegalStateException("process killed mid-post"));
        return this;
    }

    /** Once the steps queued so far are used up, every post fails with {@code e}. */
    synchronized FakeChat failAlways(ChatException e) {
        script.add(() -> new Always(e));
        return this;
    }

    /** The next post reaches the channel, and then the process dies before hearing so. */
    synchronized FakeChat storeThenDie() {
        script.add(() -> new Stored(new IllegalStateException("process killed after the platform stored the post")));
        return this;
    }

    /** The next post reaches the channel, and then the platform answers with {@code e} (a 5xx after storing it). */
    synchronized FakeChat storeThenFail(ChatException e) {
        script.add(() -> new Stored(new Wrapped(e)));
        return this;
    }

    /** The platform cannot say what is in a channel. */
    synchronized FakeChat blind() {
        blind = true;
        return this;
    }

    synchronized FakeChat heal() {
        script.clear();
        return this;
    }

    @Override
    public synchronized String post(ChannelRef channel, OutgoingMessage message) throws ChatException {
        calls++;
        Supplier<RuntimeException> step = script.peek();
        RuntimeException outcome = null;
        if (step != null) {
            outcome = step.get();
            if (!(outcome instanceof Always)) {
                script.poll();
            }
        }
        if (outcome instanceof Stored stored) {
            record(channel, message);
            outcome = stored.then;
        }
        if (outcome instanceof Wrapped w) {
            throw w.e;
        }
        if (outcome instanceof Always a) {
            throw a.e;
        }
        if (outcome != null) {
            throw outcome;
        }
        return record(channel, message);
    }

    private String record(ChannelRef channel, OutgoingMessage message) {
        String id = "x" + next++;
        posted.add(new Posted(id, channel, message.kind(), message.paper().map(p -> p.id()), message.threadOf(), message.key()));
        return id;
    }

    @Override
    public synchronized Optional<String> find(ChannelRef channel, String key, Optional<String> thread) throws ChatException {
        if (blind) {
            throw new ChatException(ChatException.Reason.FAILED, "this platform cannot look");
        }
        return posted.stream().filter(p -> p.channel().equals(channel) && p.key().equals(Optional.of(key))).map(Posted::id).findFirst();
    }

    synchronized List<Posted> posted() {
        return List.copyOf(posted);
    }

    synchronized List<Posted> posted(ChannelRef channel) {
        return posted.stream().filter(p -> p.channel().equals(channel)).toList();
    }

    synchronized List<Posted> headers(ChannelRef channel) {
        return posted(channel).stream().filter(p -> p.kind() == OutgoingMessage.Kind.DIGEST).toList();
    }

    synchronized List<String> papers(ChannelRef channel) {
        return posted(channel).stream().filter(p -> p.kind() == OutgoingMessage.Kind.PAPER).map(p -> p.paperId().orElseThrow()).toList();
    }

    synchronized int calls() {
        return calls;
    }

    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ChatException e;

        Wrapped(ChatException e) {
            this.e = e;
        }
    }

    private static final class Stored extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RuntimeException then;

        Stored(RuntimeException then) {
            this.then = then;
        }
    }

    private static final class Always extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ChatException e;

        Always(ChatException e) {
            this.e = e;
        }
    }
}
