package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.Reply;
import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.search.SearchHit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, each with its own search index: what one ingests, and a curator's tag correction
 * made on one, become searchable on both within seconds, without a restart or a rebuild.
 */
class SearchCatchUpTest {

    private static Config config(String db) throws ConfigException {
        return Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of("db.url=" + db, "embed.enabled=false",
                "tags.tagger=keyword", "ranking.mode=tags-only", "search.catch-up-seconds=1"));
    }

    private static List<String> ids(Wiring app, String query) {
        try {
            return app.search().search(query, 5).hits().stream().map(SearchHit::id).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean within(Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.get();
    }

    @Test
    void givenTwoInstancesOnOneDatabase_whenOneIngestsAndACuratorRetags_thenBothSearchesSeeIt() throws Exception {
        String db = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Wiring first = Wiring.open(config(db), Clock.systemUTC()); Wiring second = Wiring.open(config(db), Clock.systemUTC())) {
            for (Wiring app : List.of(first, second)) {
                app.startSearchRebuild();
                app.startSearchCatchUp();
            }
            Paper paper = new Paper("2512.04242", "Quokka trajectories in sparse reward mazes",
                    "We teach agents to navigate quokka mazes with sparse rewards.", List.of("Q. Author"), List.of("cs.LG"),
                    Instant.now(), 0, 1, "test");
            first.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, List.of(paper), Map.of(), Optional.empty(), List.of()));

            assertThat(ids(first, "quokka mazes")).containsExactly("2512.04242");
            assertThat(within(Duration.ofSeconds(15), () -> ids(second, "quokka mazes").contains("2512.04242")))
                    .as("the other instance finds the paper it did not ingest").isTrue();

            Reply reply = first.chat(new RoutingGateway(), Optional.empty()).commands()
                    .handle(new ChannelRef("console", "local", "curators"), new Caller("u1", true, true), "/papers tag 2512.04242 +diffusion");
            assertThat(reply.text()).contains("diffusion");

            for (Wiring app : List.of(first, second)) {
                assertThat(within(Duration.ofSeconds(15), () -> ids(app, "quokka tag:diffusion").contains("2512.04242")))
                        .as("the correction reached this instance's index").isTrue();
            }
        }
    }
}
