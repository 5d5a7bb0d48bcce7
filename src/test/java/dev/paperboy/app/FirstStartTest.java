package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcPaperStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start with chat tokens has something to post at once: the seeds are imported and the sources fetched
 * without waiting for the ingest schedule; a digest asked for while the fetch runs says so.
 */
class FirstStartTest {

    @TempDir
    Path dir;

    private static List<String> sets(String db, HeldSource hf) {
        return List.of("db.url=" + db, "embed.enabled=false", "tags.tagger=keyword", "ranking.mode=tags-only",
                "sources.arxiv.enabled=false", "sources.arxiv-feed.enabled=false", "sources.hf.base-url=" + hf.baseUrl(),
                "sources.hf.max-days-back=1", "seeds.import-on-first-run=false");
    }

    @Test
    void givenNoPaperYet_whenADigestIsAskedForDuringAFetch_thenTheReplySaysThePapersAreOnTheirWay() throws Exception {
        try (HeldSource hf = new HeldSource();
             Wiring app = Wiring.open(Config.load(Path.of("config/paperboy.yaml"), true, Map.of(),
                     sets("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", hf)), Clock.systemUTC())) {
            var commands = app.chat(new RoutingGateway(), Optional.empty()).commands();
            ChannelRef channel = new ChannelRef("slack", "T1", "C1");
            commands.handle(channel, new Caller("u1", true), "/papers subscribe rl");

            Thread fetch = new Thread(() -> app.sources().runScheduled());
            fetch.start();
            assertThat(hf.awaitAsked(30)).isTrue();
            assertThat(commands.handle(channel, new Caller("u1", false), "/papers digest").text())
                    .contains("I have no papers for this channel yet; a fetch from the paper sources is running, 0 papers so far");

            hf.release();
            fetch.join(30_000);
            assertThat(commands.handle(channel, new Caller("u1", false), "/papers digest").text())
                    .contains("I have no papers yet").doesNotContain("sent already");
        }
    }

    @Test
    void givenAnEmptyDatabaseAndSlackTokens_whenTheBotStarts_thenItImportsTheSeedsAndFetchesAtOnce() throws Exception {
        String db = "jdbc:h2:retry:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
        try (HeldSlack slack = new HeldSlack(); HeldSource hf = new HeldSource()) {
            List<String> args = new ArrayList<>(List.of("run"));
            for (String s : sets(db, hf)) {
                args.add("--set");
                args.add(s.equals("seeds.import-on-first-run=false") ? "seeds.import-on-first-run=true" : s);
            }
            args.addAll(List.of("--set", "slack.http-port=0", "--set", "slack.api-url=" + slack.apiUrl(),
                    "--set", "search.index-dir=" + dir.resolve("index")));
            try (BotProcess bot = BotProcess.start(dir.resolve("bot.log"), Map.of("SLACK_BOT_TOKEN", "xoxb-first", "SLACK_SIGNING_SECRET", "s"), args)) {
                assertThat(hf.awaitAsked(90)).as("the sources were asked at once; log:%n%s", bot.log()).isTrue();
                assertThat(bot.awaitReady(Duration.ofSeconds(30))).isTrue();
                hf.release();
                bot.terminate();
                assertThat(bot.awaitExit(Duration.ofSeconds(30))).isIn(0, 143);
            }
        }
        try (Database database = Database.open(db, "sa", "", 2)) {
            assertThat(new JdbcPaperStore(database.dataSource(), Clock.systemUTC()).count()).as("seed papers").isGreaterThan(50);
        }
    }
}
