package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.app.Wiring;
import dev.paperboy.paper.TestPapers;
import dev.paperboy.recommend.CandidatePool;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.TagRecencyRanker;
import dev.paperboy.store.JdbcCandidateStore;
import dev.paperboy.tag.TagCorrections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A channel paused (Paperboy lost access) while a manager's {@code /papers size} is between reading the channel and
 * writing its change: both must stay. The pause is the real one, by a digest whose post the platform refuses.
 */
class SettingsRaceTest {

    private static final ChannelRef REF = new ChannelRef("slack", "T1", "C1");

    @Test
    void givenAPauseWhileASizeCommandRuns_whenBothAreDone_thenTheChannelIsPausedAndHasTheNewSize() throws Exception {
        try (TestApp app = TestApp.open("embed.enabled=false", "ranking.mode=tags-only")) {
            Wiring w = app.wiring();
            Instant now = Instant.now();
            app.ingest(TestPapers.rlPapers("2507.100", 2, now));
            DigestPlanner planner = new DigestPlanner(CandidatePool.inMemory(new JdbcCandidateStore(w.database().dataSource()), w.tags()),
                    w.tags(), w.feedback(), new TagRecencyRanker(), Duration.ofDays(30));
            DigestService refused = new DigestService(planner, p -> "summary", (channel, message) -> {
                throw new ChatException(ChatException.Reason.CHANNEL_UNAVAILABLE, "not_in_channel");
            }, w.deliveries(), w.channels(), RetryPolicy.none(), Sleeper.REAL);
            Channel before = w.channels().getOrCreate(REF, w.channelDefaults(), now);
            AtomicReference<Runnable> meanwhile = new AtomicReference<>(() -> refused.post(before, 1, now));
            CommandHandler commands = new CommandHandler(new Racing(w.channels(), meanwhile), w.channelDefaults(), w.vocabulary(),
                    w.papers(), w.feedback(), planner, refused, new Scheduler(), new SearchReplies(w.search(), 5), Clock.systemUTC(),
                    new TagCorrections(w.tags(), w.tagger()), new CommandLimits(2, 10), w.librarySeeder(), w.channelExport());

            assertThat(commands.handle(REF, new Caller("U1", true), "/papers size 3").text()).contains("up to 3 papers");

            ChannelSettings after = w.channels().find(REF).orElseThrow().settings();
            assertThat(after.digestSize()).isEqualTo(3);
            assertThat(after.paused()).as("the pause made meanwhile").isTrue();
            assertThat(after.pausedReason()).contains("not_in_channel");
        }
    }

    /** The real store; the first read of a channel lets {@code meanwhile} run before the caller goes on. */
    private record Racing(ChannelStore store, AtomicReference<Runnable> meanwhile) implements ChannelStore {

        private Channel then(Channel read) {
            Optional.ofNullable(meanwhile.getAndSet(null)).ifPresent(Runnable::run);
            return read;
        }

        @Override
        public Channel getOrCreate(ChannelRef ref, ChannelSettings defaults, Instant now) {
            return then(store.getOrCreate(ref, defaults, now));
        }

        @Override
        public Optional<Channel> find(ChannelRef ref) {
            return store.find(ref).map(this::then);
        }

        @Override
        public Optional<Channel> find(long id) {
            return store.find(id);
        }

        @Override
        public List<Channel> all() {
            return store.all();
        }

        @Override
        public void subscribe(long channelId, Collection<String> tags, Instant now) {
            store.subscribe(channelId, tags, now);
        }

        @Override
        public void unsubscribe(long channelId, Collection<String> tags) {
            store.unsubscribe(channelId, tags);
        }

        @Override
        public void updateSettings(long channelId, ChannelSettings before, ChannelSettings after, Instant now) {
            store.updateSettings(channelId, before, after, now);
        }

        @Override
        public List<Filter> filters(long channelId) {
            return store.filters(channelId);
        }

        @Override
        public boolean addFilter(long channelId, FilterKind kind, String query, Instant now) {
            return store.addFilter(channelId, kind, query, now);
        }

        @Override
        public boolean removeFilter(long channelId, FilterKind kind, String query) {
            return store.removeFilter(channelId, kind, query);
        }
    }

    private static final class Scheduler implements DigestScheduler {
        @Override
        public void scheduleChanged(Channel channel) {
        }

        @Override
        public Optional<Instant> nextDigest(Channel channel) {
            return Optional.empty();
        }
    }
}
