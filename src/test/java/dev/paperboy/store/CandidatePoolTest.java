package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.paper.Paper;
import dev.paperboy.recommend.CandidatePool;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory candidate pool gives exactly what one SQL query per plan gives, and follows every change. */
class CandidatePoolTest {

    private static final Instant NOW = Instant.parse("2025-07-04T09:00:00Z");
    private static final List<String> TAGS = List.of("rl", "nlp", "computer-vision", "robotics");

    private Database db;
    private JdbcPaperStore papers;
    private JdbcTagStore tagRows;
    private JdbcChannelStore channels;
    private JdbcDeliveryStore deliveries;
    private JdbcCandidateStore store;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        papers = new JdbcPaperStore(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        tagRows = new JdbcTagStore(db.dataSource());
        channels = new JdbcChannelStore(db.dataSource());
        deliveries = new JdbcDeliveryStore(db.dataSource());
        store = new JdbcCandidateStore(db.dataSource());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Paper paper(String id, Instant published) {
        return new Paper(id, "Title " + id, "Abstract " + id + ".", List.of("A. Author"), List.of("cs.LG"), published, 0, 1, "test");
    }

    @Test
    void thePoolAgreesWithTheQueryOnDeliveriesTagsWindowAndLimit() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            String id = String.format("2506.%05d", i);
            // Some papers published after "now" (announced later the same day), some before the window.
            papers.upsert(paper(id, NOW.minus(Duration.ofHours(random.nextInt(24 * 20) - 6))));
            List<TagScore> machine = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextDouble() < 0.3) {
                    machine.add(new TagScore(tag, 0.5 + random.nextDouble() / 2, TagScore.MACHINE));
                }
            }
            tagRows.replaceMachineTags(id, machine);
            if (random.nextDouble() < 0.1) {
                tagRows.addHumanTags(id, List.of(TAGS.get(random.nextInt(TAGS.size()))));
            }
        }
        Channel a = channels.getOrCreate(new ChannelRef("console", "local", "a"), StoresTest.DEFAULTS, NOW);
        Channel b = channels.getOrCreate(new ChannelRef("console", "local", "b"), StoresTest.DEFAULTS, NOW);
        for (int i = 0; i < 300; i += 3) {
            deliveries.claim(a.id(), String.format("2506.%05d", i), NOW);
        }
        CandidatePool pool = CandidatePool.inMemory(store, tagRows);
        CandidatePool perQuery = CandidatePool.perQuery(store, tagRows);
        Instant since = NOW.minus(Duration.ofDays(14));
        for (Channel c : List.of(a, b)) {
            for (Set<String> followed : List.of(Set.<String>of(), Set.of("rl"), Set.of("nlp", "robotics"), Set.of("unknown-tag"))) {
                for (int limit : List.of(5, 1000)) {
                    // Seeded and disliked papers are left out as well; some of these are not fresh, or not papers.
                    Set<String> excluded = Set.of("2506.00001", "2506.00002", "2506.00004", "2506.00150", "2501.99999");
                    CandidatePool.Candidates expected = perQuery.unseen(c.id(), followed, since, NOW, limit, excluded);
                    CandidatePool.Candidates actual = pool.unseen(c.id(), followed, since, NOW, limit, excluded);
                    assertThat(actual.papers()).extracting(Paper::id).doesNotContainAnyElementsOf(excluded);
                    assertThat(actual.papers()).extracting(Paper::id).as("%d %s %d", c.id(), followed, limit)
                            .containsExactlyElementsOf(expected.papers().stream().map(Paper::id).toList());
                    for (Paper p : actual.papers()) {
                        assertThat(actual.tags().get(p.id())).containsExactlyInAnyOrderElementsOf(expected.tags().get(p.id()));
                    }
                }
            }
        }
        assertThat(pool.unseen(b.id(), Set.of(), since, NOW, 1000).papers())
                .allSatisfy(p -> assertThat(p.published()).isBetween(since, NOW))
                .isNotEmpty();
    }

    @Test
    void aDeliveryIngestOrTagChangeShowsInTheNextPlan() {
        CandidatePool pool = CandidatePool.inMemory(store, tagRows);
        TagStore tags = pool.watching(tagRows);
        papers.upsert(paper("2506.00001", NOW.minusSeconds(3600)));
        tags.replaceMachineTags("2506.00001", List.of(new TagScore("rl", 0.9, TagScore.MACHINE)));
        Channel c = channels.getOrCreate(new ChannelRef("console", "local", "c"), StoresTest.DEFAULTS, NOW);
        Instant since = NOW.minus(Duration.ofDays(14));
        assertThat(ids(pool.unseen(c.id(), Set.of("rl"), since, NOW, 10))).containsExactly("2506.00001");

        // A new paper, announced through the ingest listener.
        Paper fresh = paper("2506.00002", NOW.minusSeconds(60));
        papers.upsert(fresh);
        tags.replaceMachineTags("2506.00002", List.of(new TagScore("rl", 0.7, TagScore.MACHINE)));
        pool.ingested(List.of(fresh), Map.of());
        assertThat(ids(pool.unseen(c.id(), Set.of("rl"), since, NOW, 10))).containsExactly("2506.00002", "2506.00001");

        // A curator retags a paper: it leaves the rl channel's candidates at once.
        tags.setHumanTags("2506.00002", List.of("nlp"));
        assertThat(ids(pool.unseen(c.id(), Set.of("rl"), since, NOW, 10))).containsExactly("2506.00001");

        // A delivery is never cached.
        deliveries.claim(c.id(), "2506.00001", NOW);
        assertThat(ids(pool.unseen(c.id(), Set.of("rl"), since, NOW, 10))).isEmpty();

        // The window moving past a paper drops it, without any change being announced.
        assertThat(ids(pool.unseen(c.id(), Set.of("nlp"), NOW.minusSeconds(30), NOW, 10))).isEmpty();
        assertThat(ids(pool.unseen(c.id(), Set.of("nlp"), since, NOW, 10))).containsExactly("2506.00002");
    }

    private static List<String> ids(CandidatePool.Candidates candidates) {
        return candidates.papers().stream().map(Paper::id).toList();
    }
}
