package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.DigestRun;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcChannelStore;
import dev.paperboy.store.JdbcDigestRunStore;
import dev.paperboy.store.Postgres;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly once on the real path: two bot processes ({@code paperboy run}, Slack HTTP mode) share one PostgreSQL
 * and a local Slack Web API that fails a share of posts in every way (500, 429 with Retry-After, stored then 500,
 * stored then answered after the client gave up). Channels are scheduled by signed {@code /papers schedule}
 * commands; one process is killed with SIGKILL while digests are being posted and started again. Every (channel,
 * fire time) must reach its channel once, whole, with no paper twice, and every run must end done.
 */
class TwoInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesTest.class);
    private static final String SECRET = SlackBench.SECRET;
    private static final int CHANNELS = 16;
    private static final int SIZE = 5;
    private static final Pattern PAPER_ID = Pattern.compile("id `([^`]+)`");

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);
    private final AtomicInteger commands = new AtomicInteger();
    private FakeSlack slack;

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    void givenTwoInstancesOnOnePostgresAndAFlakySlack_whenOneIsKilledMidDigest_thenEveryDigestIsPostedExactlyOnce() throws Exception {
        String db = Postgres.freshDatabase();
        ingestPapers(db, 12);
        slack = new FakeSlack();
        Random random = new Random(16);
        FakeSlack.Fault[] kinds = FakeSlack.Fault.values();
        slack.faults = () -> {
            synchronized (random) {
                // About one post in three fails, evenly among the four ways.
                return random.nextInt(3) == 0 ? kinds[1 + random.nextInt(kinds.length - 1)] : FakeSlack.Fault.NONE;
            }
        };

        Instance a = start(db, "a");
        Instance b = start(db, "b");
        a.awaitReady();
        b.awaitReady();

        // Two fire times, half a minute apart, far enough ahead for every command to land first. A schedule's HH:MM in a
        // UTC offset with seconds (UTC+00:00:20, a zone /papers schedule takes like any other) falls on any second, so
        // the test need not wait for minute boundaries.
        Instant first = Instant.now().plus(Duration.ofSeconds(30)).truncatedTo(ChronoUnit.SECONDS);
        List<Instant> fireTimes = List.of(first, first.plus(Duration.ofSeconds(30)));
        Map<String, Instant> due = new HashMap<>();
        for (int i = 0; i < CHANNELS; i++) {
            String channel = String.format("C%04d", i);
            Instant at = fireTimes.get(i % fireTimes.size());
            Instance via = i % 2 == 0 ? a : b;
            assertThat(ask(via, channel, "subscribe rl")).contains("rl");
            ZoneId zone = ZoneId.of("UTC" + ZoneOffset.ofTotalSeconds((60 - at.atZone(ZoneOffset.UTC).getSecond()) % 60).getId()
                    .replace("Z", "+00:00"));
            assertThat(ask(via, channel, "schedule " + DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(at) + " " + zone.getId()
                    + " daily")).doesNotContain(":warning:");
            due.put(channel, at);
        }
        assertThat(Instant.now()).as("commands done before the first fire time").isBefore(first);

        try (Database database = Database.open(db, Postgres.USER, "", 2)) {
            JdbcChannelStore channels = new JdbcChannelStore(database.dataSource());
            JdbcDigestRunStore runs = new JdbcDigestRunStore(database.dataSource());
            Map<String, Long> ids = new HashMap<>();
            due.keySet().forEach(c -> ids.put(c, channels.find(new ChannelRef("slack", FakeSlack.TEAM, c)).orElseThrow().id()));

            // Kill whichever process is posting a digest of the first fire time, mid-digest.
            String[] victimOwner = {null};
            await(Duration.ofSeconds(120), () -> {
                for (var e : due.entrySet()) {
                    Optional<DigestRun> run = runs.find(ids.get(e.getKey()), e.getValue());
                    if (run.isPresent() && run.get().state().open() && run.get().posted() >= 1) {
                        victimOwner[0] = run.get().owner();
                        return true;
                    }
                }
                return false;
            });
            Instance victim = victimOwner[0].contains("-" + a.process.pid() + "-") ? a : b;
            victim.process.destroyForcibly().waitFor();
            log.info("killed instance {} (pid {}) while it posted a digest", victim.name, victim.process.pid());
            Instance restarted = start(db, victim.name + "2");
            restarted.awaitReady();

            await(Duration.ofMinutes(5), () -> due.entrySet().stream().allMatch(e ->
                    runs.find(ids.get(e.getKey()), e.getValue()).filter(r -> !r.state().open()).isPresent()));

            int duplicates = 0;
            int lost = 0;
            for (var e : due.entrySet()) {
                DigestRun run = runs.find(ids.get(e.getKey()), e.getValue()).orElseThrow();
                assertThat(run.state()).as("run of %s: %s", e.getKey(), run.note()).isEqualTo(DigestRun.State.DONE);
                List<FakeSlack.Stored> inChannel = slack.stored().stream().filter(m -> m.channel().equals(e.getKey())).toList();
                long headers = inChannel.stream().filter(m -> m.metadata() != null && m.metadata().contains("digest:")).count();
                List<String> papers = inChannel.stream().filter(m -> m.blocks() != null).map(m -> PAPER_ID.matcher(m.blocks()))
                        .filter(Matcher::find).map(m -> m.group(1)).toList();
                duplicates += (int) (headers - 1) + papers.size() - (int) papers.stream().distinct().count();
                lost += Math.max(0, SIZE - (int) papers.stream().distinct().count()) + (headers == 0 ? 1 : 0);
                assertThat(headers).as("headers in %s", e.getKey()).isEqualTo(1);
                assertThat(papers).as("papers in %s", e.getKey()).hasSize(SIZE).doesNotHaveDuplicates();
                assertThat(run.posted()).isEqualTo(SIZE);
            }
            String figures = String.format("two instances: channels=%d fire_times=%d digests=%d posts=%d faults: 500=%d 429=%d "
                            + "stored_then_500=%d stored_then_timeout=%d; killed=1 duplicates=%d lost=%d",
                    CHANNELS, fireTimes.size(), due.size(), slack.calls("/api/chat.postMessage").size(),
                    slack.injected(FakeSlack.Fault.HTTP_500), slack.injected(FakeSlack.Fault.RATE_LIMITED),
                    slack.injected(FakeSlack.Fault.STORED_THEN_500), slack.injected(FakeSlack.Fault.STORED_THEN_TIMEOUT), duplicates, lost);
            log.info(figures);
            Files.writeString(Path.of("target", "two-instances.txt"), figures + System.lineSeparator());
            assertThat(slack.injected(FakeSlack.Fault.STORED_THEN_500) + slack.injected(FakeSlack.Fault.STORED_THEN_TIMEOUT)).isPositive();
        }
    }

    /** Papers about reinforcement learning, so every channel following #rl has digests to read. */
    private static void ingestPapers(String db, int count) throws Exception {
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(),
                List.of("db.url=" + db, "db.user=" + Postgres.USER, "search.index-dir=memory", "embed.enabled=false", "ranking.mode=tags-only"));
        try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
            String[] topics = {"web navigation agents", "theorem proving", "code repair", "robot manipulation", "dialogue systems",
                "math word problems", "tool use", "game playing", "recommendation", "chip placement", "traffic control", "protein design"};
            String published = Instant.now().minus(Duration.ofDays(1)).toString();
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                lines.add("{\"id\":\"2507.1" + String.format("%04d", i) + "\",\"title\":\"Reinforcement learning for " + topics[(i - 1) % topics.length]
                        + "\",\"abstract\":\"We study reinforcement learning for " + topics[(i - 1) % topics.length] + ". We propose a policy "
                        + "gradient method with a learned reward that improves results.\",\"authors\":[\"Ada Lovelace\"],"
                        + "\"categories\":[\"cs.LG\"],\"published\":\"" + published + "\"}");
            }
            wiring.ingest().ingest(wiring.jsonPapers().parse(lines, Instant.now(), "test"));
        }
    }

    /** One bot process: {@code paperboy run} from the test classpath, as an operator starts it. */
    private Instance start(String db, String name) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.paperboy.app.Main", "run"));
        for (String set : List.of("db.url=" + db, "db.user=" + Postgres.USER, "slack.api-url=" + slack.apiUrl(), "slack.http-port=" + port,
                "slack.timeout-seconds=2", "embed.enabled=false", "search.index-dir=memory", "ranking.mode=tags-only",
                "schedule.tick-seconds=5", "schedule.takeover-minutes=2", "schedule.post-retry-max-seconds=20",
                "schedule.post-attempts=8", "schedule.ingest-cron=0 0 3 1 1 ? 2099", "management.port=0")) {
            command.add("--set");
            command.add(set);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")));
        builder.environment().put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
        builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
        builder.environment().remove("SLACK_APP_TOKEN");
        builder.environment().remove("DISCORD_TOKEN");
        File out = Path.of("target", "two-instances-" + name + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(out);
        Instance instance = new Instance(name, builder.start(), port);
        processes.add(instance.process);
        return instance;
    }

    private final class Instance {
        final String name;
        final Process process;
        final int port;

        Instance(String name, Process process, int port) {
            this.name = name;
            this.process = process;
            this.port = port;
        }

        void awaitReady() throws Exception {
            await(Duration.ofSeconds(90), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("instance " + name + " exited with " + process.exitValue() + "; see target/two-instances-" + name + ".log");
                }
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    /** Runs {@code /papers <text>} in {@code channel} through {@code instance}, signed as Slack signs, and returns the answer. */
    private String ask(Instance instance, String channel, String text) throws Exception {
        String id = "two" + commands.incrementAndGet();
        String body = "token=legacy&team_id=" + FakeSlack.TEAM + "&team_domain=papers&channel_id=" + channel + "&channel_name=" + channel
                + "&user_id=U0ALICE&user_name=alice&command=" + enc("/papers") + "&text=" + enc(text)
                + "&api_app_id=A0PAPERS&response_url=" + enc(slack.responseUrl(id)) + "&trigger_id=1.2.3";
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> ack = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, String.valueOf(now))
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signer.generate(String.valueOf(now), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).as("ack of /papers %s: %s", text, ack.body()).isEqualTo(200);
        List<FakeSlack.Call> answers = slack.await("/commands/" + id, 1);
        assertThat(answers).as("answer to /papers %s", text).isNotEmpty();
        return answers.get(0).json().get("text").asText();
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
