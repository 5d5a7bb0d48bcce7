package dev.paperboy.eval;

import dev.paperboy.channel.Caller;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.DigestProgress;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.Reply;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.paper.library.Libraries;
import dev.paperboy.paper.library.LibraryException;
import dev.paperboy.tag.TagScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evaluation's {@link Bot} on the real services of one database: per ranking mode the {@code CommandHandler} and
 * {@code ReactionService} a chat adapter gets, posting through a gateway that records the paper messages. Channels
 * are changed only by commands and reactions, never by writing to the stores.
 */
public final class ServicesBot implements Bot {

    /** As many ids as one {@code /papers seed} takes by default ({@code commands.seeds-per-command}). */
    static final int SEEDS_PER_COMMAND = 10;
    private static final Caller MANAGER = new Caller("eval-manager", true);
    private static final Caller MEMBER = new Caller("eval-member", false);

    private final BotServices app;
    private final Map<String, BotServices.Mode> services = new HashMap<>();
    private final Map<String, String> modeOf = new HashMap<>();
    private final List<Delivered> posted = new ArrayList<>();
    private long nextId = 1;

    public ServicesBot(BotServices app, List<String> modes) throws Exception {
        this.app = app;
        for (String mode : modes) {
            services.put(mode, app.mode(mode, (channel, message) -> {
                String id = "e" + nextId++;
                message.paper().ifPresent(card -> posted.add(new Delivered(id, card.id())));
                return id;
            }));
        }
    }

    @Override
    public void ingest(List<Paper> papers, Instant at) {
        app.advanceTo(at);
        app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(), Optional.empty(), List.of()));
    }

    @Override
    public void createChannel(String channel, String mode, Set<String> tags, Instant at) {
        if (!services.containsKey(mode)) {
            throw new IllegalArgumentException("no ranking mode " + mode + " in this run");
        }
        modeOf.put(channel, mode);
        expectOk(command(channel, MANAGER, "/papers schedule off", at));
        if (!tags.isEmpty()) {
            expectOk(command(channel, MANAGER, "/papers subscribe " + String.join(" ", tags), at));
        }
    }

    @Override
    public List<String> seed(String channel, List<String> paperIds, Instant at) {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < paperIds.size(); i += SEEDS_PER_COMMAND) {
            List<String> some = paperIds.subList(i, Math.min(paperIds.size(), i + SEEDS_PER_COMMAND));
            Reply reply = command(channel, MEMBER, "/papers seed " + String.join(" ", some), at);
            if (reply.isError()) {
                refused.add(reply.text());
            }
        }
        return refused;
    }

    @Override
    public List<String> seedFromFile(String channel, String fileName, byte[] file, Instant at) {
        app.advanceTo(at);
        try {
            return app.librarySeeder().seed(app.channels().find(ref(channel)).orElseThrow().id(), Libraries.read(fileName, file).entries(), "eval", false).paperIds();
        } catch (LibraryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public List<Delivered> digest(String channel, int size, Instant at) {
        posted.clear();
        expectOk(command(channel, MEMBER, "/papers digest " + size, at));
        return List.copyOf(posted);
    }

    @Override
    public void setBar(String channel, String bar, int size, Instant at) {
        expectOk(command(channel, MANAGER, "/papers bar " + bar, at));
        expectOk(command(channel, MANAGER, "/papers size " + size, at));
    }

    /**
     * What {@code ScheduledDigests} does for a fire time once it has claimed the run: the channel's digest through
     * {@code DigestService}'s scheduled entry (the bar held), of the channel's size. The run's claim and record are the
     * scheduler's business and change nothing here: the evaluation fires each channel once a day.
     */
    @Override
    public List<Delivered> scheduledDigest(String channel, Instant at) {
        app.advanceTo(at);
        posted.clear();
        Channel stored = app.channels().find(ref(channel)).orElseThrow();
        DigestService.Outcome outcome = mode(channel).digests().post(stored, stored.settings().digestSize(), at, DigestProgress.NONE);
        if (outcome.failure().isPresent()) {
            throw new IllegalStateException("the digest failed: " + outcome.problem().orElse(""));
        }
        return List.copyOf(posted);
    }

    @Override
    public void react(String channel, String user, String messageId, String emoji, Instant at) {
        app.advanceTo(at);
        mode(channel).reactions().react(ref(channel), user, messageId, emoji, false);
    }

    @Override
    public List<String> tagsOf(String paperId) {
        return app.tags().effectiveTags(List.of(paperId)).getOrDefault(paperId, List.of()).stream().map(TagScore::tag).toList();
    }

    private Reply command(String channel, Caller caller, String text, Instant at) {
        app.advanceTo(at);
        return mode(channel).commands().handle(ref(channel), caller, text);
    }

    private BotServices.Mode mode(String channel) {
        String mode = modeOf.get(channel);
        if (mode == null) {
            throw new IllegalArgumentException("no channel " + channel);
        }
        return services.get(mode);
    }

    private static Reply expectOk(Reply reply) {
        if (reply.isError()) {
            throw new IllegalStateException("the bot refused: " + reply.text());
        }
        return reply;
    }

    /** The chat channel the evaluation's channel {@code name} is. */
    public static ChannelRef ref(String name) {
        return new ChannelRef("eval", "local", name);
    }
}
