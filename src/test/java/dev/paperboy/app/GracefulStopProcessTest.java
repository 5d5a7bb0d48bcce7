package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.Layout;
import dev.paperboy.channel.Schedule;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcPaperStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's day with real processes: {@code paperboy run} (Slack, HTTP mode, against a local Web API) reports
 * healthy and ready and serves metrics; {@code paperboy backup} copies its database while it runs; SIGTERM arrives
 * while a digest's header is in flight, and the digest is still posted whole, once; the next start finds nothing
 * abandoned and posts nothing twice.
 */
class GracefulStopProcessTest {

    private static final int PAPERS = 3;

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:retry:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /**
     * The bot's URL: with TRACE_LEVEL_FILE=2, H2 writes to db.trace.db how and when it closed the database. Only the
     * process that opens the file gets it: a client through AUTO_SERVER would write its own trace in the working
     * directory.
     */
    private String botUrl() {
        return url() + ";TRACE_LEVEL_FILE=2";
    }

    private List<String> settings(HeldSlack slack) {
        List<String> sets = new ArrayList<>();
        for (String s : List.of("db.url=" + botUrl(), "embed.enabled=false", "tags.tagger=keyword", "ranking.mode=tags-only", "search.index-dir=" + dir.resolve("index"),
                "slack.http-port=0", "slack.api-url=" + slack.apiUrl(), "slack.vote-reactions=false", "seeds.import-on-first-run=false",
                "sources.arxiv.enabled=false", "sources.arxiv-feed.enabled=false", "sources.hf.enabled=false", "digest.size=" + PAPERS,
                "search.catch-up-seconds=1")) {
            sets.add("--set");
            sets.add(s);
        }
        return sets;
    }

    /** A Slack channel whose daily digest fell due 20 minutes ago, with fresh papers on its tag. */
    private void prepare(HeldSlack slack) throws Exception {
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), settingsList(slack));
        Instant now = Instant.now();
        try (Wiring app = Wiring.open(config, Clock.systemUTC())) {
            LocalTime due = LocalTime.ofInstant(now.minus(20, ChronoUnit.MINUTES), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
            Channel channel = app.channels().getOrCreate(new ChannelRef("slack", HeldSlack.TEAM, "C0DIGEST"), app.channelDefaults(),
                    now.minus(2, ChronoUnit.HOURS));
            app.channels().updateSettings(channel.id(), channel.settings(), channel.settings().withLayout(Layout.CHANNEL)
                    .withSchedule(new Schedule(true, due, ZoneOffset.UTC, Schedule.DAILY)), now);
            app.channels().subscribe(channel.id(), List.of("rl"), now);
            List<Paper> papers = new ArrayList<>();
            Map<String, List<String>> tags = new HashMap<>();
            for (int i = 1; i <= 5; i++) {
                papers.add(new Paper("2512.0000" + i, "Policy optimisation study " + i, "We study reinforcement learning number " + i + ".",
                        List.of("A. Author"), List.of("cs.LG"), now.minus(i, ChronoUnit.DAYS), 0, 1, "test"));
                tags.put("2512.0000" + i, List.of("rl"));
            }
            app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, tags, Optional.empty(), List.of()));
        }
    }

    private List<String> settingsList(HeldSlack slack) {
        List<String> sets = settings(slack);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < sets.size(); i += 2) {
            out.add(sets.get(i));
        }
        return out;
    }

    @Test
    void sigtermDuringADigestFinishesItCleanlyAndTheNextStartPostsNothingTwice() throws Exception {
        try (HeldSlack slack = new HeldSlack()) {
            prepare(slack);
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-ops-test", "SLACK_SIGNING_SECRET", "ops-secret");
            List<String> args = new ArrayList<>(List.of("run"));
            args.addAll(settings(slack));

            long stopNanos;
            int exit;
            try (BotProcess bot = BotProcess.start(dir.resolve("first.log"), env, args)) {
                // The overdue digest fires at start; its header is now held by the far end.
                assertThat(slack.awaitFirstPost(90)).as("the digest's header reached Slack; log:%n%s", bot.log()).isTrue();

                HttpResponse<String> health = bot.get("/healthz");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(bot.awaitReady(Duration.ofSeconds(20))).as("ready: %s", bot.get("/readyz").body()).isTrue();
                assertThat(bot.get("/readyz").body()).contains("database: ok", "scheduler: ok", "slack: ok");
                String metrics = bot.get("/metrics").body();
                assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections", "paperboy_plan_seconds_bucket");

                // A backup beside the running bot, through the database it serves.
                Path zip = dir.resolve("backups/paperboy.zip");
                assertThat(Main.execute("backup", "--to", zip.toString(), "--set", "db.url=" + url())).isZero();
                assertRestores(zip);

                // ingest and search beside it: the bot holds the index, indexes what ingest stored, and search reads it.
                Path file = dir.resolve("quokka.jsonl");
                Files.writeString(file, "{\"id\":\"2512.09999\",\"title\":\"Quokka navigation\",\"abstract\":\"Quokkas learn "
                        + "to navigate mazes.\",\"authors\":[\"Q. Author\"],\"categories\":[\"cs.LG\"]}\n");
                assertThat(Main.execute(cli("ingest", "--file", file.toString()))).isZero();
                assertThat(searchUntilFound("quokka", "2512.09999")).as("found through the bot's index").isTrue();

                long t0 = System.nanoTime();
                bot.terminate();
                Thread.sleep(500);
                slack.release(); // the post that was in flight completes after the signal
                exit = bot.awaitExit(Duration.ofSeconds(30));
                stopNanos = System.nanoTime() - t0;
                assertThat(exit).as("exit code, as SIGTERM says; log:%n%s", bot.log()).isEqualTo(143);
                assertThat(bot.log()).contains("paperboy stopped in");
                // The stop closes the database once the digest is done. H2's own exit hook used to close it, with every
                // session on it, the moment the signal came: under a digest still posting, and under Quartz's locks.
                assertThat(Files.readString(dir.resolve("db.trace.db"))).doesNotContain("from shutdown hook");
                bot.log().lines().filter(l -> l.contains("paperboy stopped in")).forEach(System.out::println);
            }
            System.out.printf("graceful stop took %d ms (SIGTERM to exit, a post held 0.5 s of it)%n", stopNanos / 1_000_000);
            assertThat(stopNanos).isLessThan(Duration.ofSeconds(10).toNanos());
            assertThat(slack.posts()).as("the header and every paper, once").hasSize(1 + PAPERS);

            try (BotProcess again = BotProcess.start(dir.resolve("second.log"), env, args)) {
                assertThat(again.awaitReady(Duration.ofSeconds(90))).as("restarted; log:%n%s", again.log()).isTrue();
                Thread.sleep(1500); // recovery of open runs happens before ready; give a stray post time to show
                again.terminate();
                assertThat(again.awaitExit(Duration.ofSeconds(30))).isEqualTo(143);
                assertThat(again.log()).doesNotContain("abandoned digest").doesNotContain("resuming digest");
            }
            assertThat(slack.posts()).hasSize(1 + PAPERS);
        }
    }

    private String[] cli(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--set", "db.url=" + url(), "--set", "embed.enabled=false", "--set", "tags.tagger=keyword",
                "--set", "ranking.mode=tags-only", "--set", "search.index-dir=" + dir.resolve("index")));
        return args.toArray(String[]::new);
    }

    private boolean searchUntilFound(String query, String id) throws InterruptedException {
        PrintStream old = System.out;
        try {
            for (int i = 0; i < 40; i++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
                int code = Main.execute(cli("search", query));
                System.setOut(old);
                assertThat(code).isZero();
                if (bytes.toString(StandardCharsets.UTF_8).contains(id)) {
                    return true;
                }
                Thread.sleep(500);
            }
            return false;
        } finally {
            System.setOut(old);
        }
    }

    /** The zip holds an H2 file that opens, migrated, with the papers in it. */
    private void assertRestores(Path zip) throws IOException {
        Path restored = Files.createDirectories(dir.resolve("restored"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.copy(in, restored.resolve(Path.of(e.getName()).getFileName()));
            }
        }
        assertThat(restored.resolve("db.mv.db")).exists();
        try (Database db = Database.open("jdbc:h2:" + restored.resolve("db").toAbsolutePath(), "sa", "", 2)) {
            assertThat(new JdbcPaperStore(db.dataSource(), Clock.systemUTC()).count()).isEqualTo(5);
        }
    }
}
