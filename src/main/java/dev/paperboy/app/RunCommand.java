package dev.paperboy.app;

import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.PapersCommand;
import dev.paperboy.channel.Reply;
import dev.paperboy.chat.console.ConsoleSession;
import dev.paperboy.chat.console.HumanConsole;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code paperboy run}: the bot. Starts the scheduled digests and every adapter whose credentials are set; with
 * none set it runs the console adapter, and on first start imports the seeds and posts a digest at once.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the bot (the console adapter when no chat token is set).")
final class RunCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    private static final List<String> CHAT_TOKENS = List.of("SLACK_BOT_TOKEN", "DISCORD_TOKEN");

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        for (String token : CHAT_TOKENS) {
            if (System.getenv(token) != null) {
                log.warn("{} is set, but that chat adapter is not available yet; running the console adapter", token);
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Wiring app = Wiring.open(config, Clock.systemUTC())) {
            ConsoleSession session = ConsoleCommand.session(app, (posted, stored) -> HumanConsole.print(out, posted),
                    Optional.of(config.hours("schedule.grace-hours")));
            ChannelRef console = session.channel(config.string("console.channel"));
            if (FirstRun.importSeeds(app, console)) {
                Reply reply = session.commands().handle(console, new Caller("paperboy", true), new PapersCommand.Digest(Optional.empty()));
                out.println(reply.text());
            }
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "digest-ticker");
                t.setDaemon(true);
                return t;
            });
            int every = config.integer("schedule.tick-seconds");
            ticker.scheduleWithFixedDelay(() -> {
                try {
                    session.ticker().tick(app.clock.instant());
                } catch (RuntimeException e) {
                    log.error("scheduled digests failed this round; retrying in {}s", every, e);
                }
            }, every, every, TimeUnit.SECONDS);
            try {
                new HumanConsole(session, console, "console-user", out)
                        .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            } finally {
                ticker.shutdownNow();
            }
        }
        return 0;
    }
}
