package dev.paperboy.app;

import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.PapersCommand;
import dev.paperboy.channel.Reply;
import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.chat.console.ConsoleGateway;
import dev.paperboy.chat.console.ConsoleSession;
import dev.paperboy.chat.console.HumanConsole;
import dev.paperboy.schedule.QuartzDigestScheduler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code paperboy run}: the bot. Starts every adapter whose credentials are set, then the Quartz schedule (digests,
 * ingest, upkeep); with no credentials it runs the console adapter, and on first start imports the seeds and posts
 * a digest at once.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the bot (the console adapter when no chat token is set).")
final class RunCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Wiring app = Wiring.open(config, Clock.systemUTC())) {
            app.startSearchRebuild();
            RoutingGateway routing = new RoutingGateway();
            QuartzDigestScheduler quartz = app.quartz();
            List<AutoCloseable> adapters = List.of();
            try {
                Wiring.ChatServices chat = app.chat(routing, Optional.of(config.hours("schedule.grace-hours")), quartz);
                adapters = ChatAdapters.start(app, chat, routing, System.getenv());
                if (adapters.isEmpty()) {
                    runConsole(app, chat, routing, quartz, config, out);
                } else {
                    app.startSchedule(quartz, chat);
                    awaitShutdown();
                }
            } finally {
                // Stop firing first, waiting for digests mid-post, and only then close the adapters they post through.
                quartz.close();
                for (AutoCloseable adapter : adapters) {
                    adapter.close();
                }
            }
        }
        return 0;
    }

    private static void runConsole(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, QuartzDigestScheduler quartz,
                                   Config config, PrintStream out) throws Exception {
        ConsoleGateway gateway = ConsoleCommand.gateway(app, (posted, stored) -> HumanConsole.print(out, posted));
        routing.register(ConsoleSession.PLATFORM, gateway);
        ConsoleSession session = ConsoleCommand.session(app, gateway, chat);
        ChannelRef console = session.channel(config.string("console.channel"));
        if (FirstRun.importSeeds(app, console)) {
            Reply reply = session.commands().handle(console, new Caller("paperboy", true, true), new PapersCommand.Digest(Optional.empty()));
            out.println(reply.text());
        }
        // Only now: a digest missed while the bot was down fires at once, and needs the console to post to.
        app.startSchedule(quartz, chat);
        new HumanConsole(session, console, "console-user", out)
                .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /** Chat adapters run on their own threads; the main thread waits for SIGTERM or Ctrl-C. */
    private static void awaitShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "shutdown"));
        log.info("paperboy running; stop with Ctrl-C or SIGTERM");
        stop.await();
    }
}
