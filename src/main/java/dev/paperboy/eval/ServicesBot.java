package dev.paperboy.eval;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChannelSettings;
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

/** The evaluation's {@link Bot} on the real services: one database, a planner per ranking mode, a recording gateway. */
public final class ServicesBot implements Bot {

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
        app.advanceTo(at);
        ChannelSettings defaults = app.channelDefaults().withSchedule(app.channelDefaults().schedule().off());
        Channel created = app.channels().getOrCreate(ref(channel), defaults, at);
        app.channels().subscribe(created.id(), tags, at);
        modeOf.put(channel, mode);
    }

    @Override
    public void seed(String channel, List<String> paperIds, Instant at) {
        long id = channel(channel).id();
        paperIds.forEach(p -> app.feedback().seed(id, p, "eval", at));
    }

    @Override
    public List<String> seedFromFile(String channel, String fileName, byte[] file, Instant at) {
        app.advanceTo(at);
        try {
            return app.librarySeeder().seed(channel(channel).id(), Libraries.read(fileName, file).entries(), "eval", false).paperIds();
        } catch (LibraryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public List<Delivered> digest(String channel, int size, Instant at) {
        app.advanceTo(at);
        posted.clear();
        services.get(modeOf.get(channel)).digests().post(channel(channel), size, at);
        return List.copyOf(posted);
    }

    @Override
    public List<String> plan(String channel, int size, Instant at) {
        app.advanceTo(at);
        Channel c = channel(channel);
        return services.get(modeOf.get(channel)).planner().plan(c.id(), c.tags(), size, at).stream().map(p -> p.paper().id()).toList();
    }

    @Override
    public void react(String channel, String user, String messageId, String emoji, Instant at) {
        app.advanceTo(at);
        services.get(modeOf.get(channel)).reactions().react(ref(channel), user, messageId, emoji, false);
    }

    @Override
    public List<String> tagsOf(String paperId) {
        return app.tags().effectiveTags(List.of(paperId)).getOrDefault(paperId, List.of()).stream().map(TagScore::tag).toList();
    }

    private Channel channel(String name) {
        return app.channels().find(ref(name)).orElseThrow(() -> new IllegalArgumentException("no channel " + name));
    }

    private static ChannelRef ref(String name) {
        return new ChannelRef("eval", "local", name);
    }
}
