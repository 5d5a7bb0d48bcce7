package dev.paperboy.app;

import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.PapersCommand;
import dev.paperboy.channel.Reply;
import dev.paperboy.channel.RoutingGateway;
import dev.paperboy.chat.console.ConsoleGateway;
import dev.paperboy.chat.console.ConsoleSession;
import dev.paperboy.chat.console.HumanConsole;
import dev.paperboy.ops.GracefulStop;
import dev.paperboy.ops.ManagementServer;
import dev.paperboy.ops.RunningBot;
import dev.paperboy.schedule.QuartzDigestScheduler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code paperboy run}: the bot. Starts every adapter whose credentials are set, then the Quartz schedule (digests,
 * ingest, upkeep); with no credentials it runs the console adapter. On first start (an empty database) it imports
 * the seeds and fetches from the sources at once, and the console posts a digest. The management port serves
 * health, readiness and metrics; SIGTERM stops it gracefully ({@link GracefulStop}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the bot (the console adapter when no chat token is set).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        int limit = config.integer("shutdown.timeout-seconds");
        if (limit < 0) {
            throw new ConfigException("shutdown.timeout-seconds must be 0 or more, got " + limit);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        GracefulStop stop = new GracefulStop(Duration.ofSeconds(limit));
        Wiring app = Wiring.open(config, Clock.systemUTC());
        stop.wiring(app);
        stop.install();
        try {
            app.startSearchRebuild();
            app.startSearchCatchUp();
            RoutingGateway routing = new RoutingGateway();
            QuartzDigestScheduler quartz = app.quartz();
            stop.bot(new Running(app, quartz));
            Wiring.ChatServices chat = app.chat(routing, Optional.of(config.hours("schedule.grace-hours")), quartz);
            List<ChatAdapters.Started> adapters = ChatAdapters.start(app, chat, routing, System.getenv());
            stop.adapters(adapters.stream().map(ChatAdapters.Started::adapter).toList());
            managementPort(config, ManagementServer.readiness(new Running(app, quartz), stop, adapterChecks(adapters)), app)
                    .ifPresent(stop::management);
            if (adapters.isEmpty()) {
                runConsole(app, chat, routing, quartz, config, out);
            } else {
                boolean first = FirstRun.importSeeds(app);
                app.startSchedule(quartz, chat);
                if (first) {
                    quartz.ingestNow();
                }
                stop.awaitSignal();
            }
        } finally {
            // Stop firing first, waiting (bounded) for digests mid-post, then the adapters they post through, then the rest.
            stop.run();
        }
        return stop.exitCode();
    }

    /** The bot as its operators see it: the database and the Quartz scheduler. */
    private record Running(Wiring app, QuartzDigestScheduler quartz) implements RunningBot {

        @Override
        public Optional<String> databaseProblem() {
            return app.database().problem();
        }

        @Override
        public boolean scheduling() {
            return quartz.started();
        }

        @Override
        public boolean stopScheduling(Duration limit) {
            return quartz.stop(limit);
        }
    }

    /** Each started adapter's readiness, by its platform. */
    private static Map<String, ManagementServer.Check> adapterChecks(List<ChatAdapters.Started> adapters) {
        Map<String, ManagementServer.Check> checks = new LinkedHashMap<>();
        for (ChatAdapters.Started adapter : adapters) {
            checks.put(adapter.platform(), () -> adapter.problem().get());
        }
        return checks;
    }

    private static Optional<ManagementServer> managementPort(Config config, Map<String, ManagementServer.Check> checks, Wiring app)
            throws ConfigException {
        try {
            return ManagementServer.start(config.integer("management.port"), checks, app.metrics()::scrape);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static void runConsole(Wiring app, Wiring.ChatServices chat, RoutingGateway routing, QuartzDigestScheduler quartz,
                                   Config config, PrintStream out) throws Exception {
        ConsoleGateway gateway = ConsoleCommand.gateway(app, (posted, stored) -> HumanConsole.print(out, posted));
        routing.register(ConsoleSession.PLATFORM, gateway);
        ConsoleSession session = ConsoleCommand.session(app, gateway, chat);
        ChannelRef console = session.channel(config.string("console.channel"));
        boolean first = app.papers().count() == 0;
        if (FirstRun.importSeeds(app, console)) {
            Reply reply = session.commands().handle(console, new Caller("paperboy", true, true), new PapersCommand.Digest(Optional.empty()));
            out.println(reply.text());
        }
        // Only now: a digest missed while the bot was down fires at once, and needs the console to post to.
        app.startSchedule(quartz, chat);
        if (first) {
            quartz.ingestNow();
        }
        new HumanConsole(session, console, "console-user", out)
                .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }
}
