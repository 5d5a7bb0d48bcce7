package dev.paperboy.app;

import dev.paperboy.chat.console.ConsoleGateway;
import dev.paperboy.chat.console.ConsoleSession;
import dev.paperboy.chat.console.HumanConsole;
import dev.paperboy.chat.console.JsonConsole;
import dev.paperboy.chat.console.JsonPrinter;
import dev.paperboy.chat.console.SessionClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy console [--json]}: the console adapter alone on stdin/stdout. With {@code --json} it speaks
 * console JSON protocol v1 on a session clock moved by each line's {@code at}.
 */
@Command(name = "console", mixinStandardHelpOptions = true, description = "Talk to Paperboy on stdin/stdout (--json: console JSON protocol v1).")
final class ConsoleCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "Console JSON protocol v1: one JSON object per line in and out.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Config config = global.load();
        if (json) {
            SessionClock clock = new SessionClock(Clock.systemUTC());
            try (Wiring app = Wiring.open(config, clock)) {
                app.startSearchRebuild();
                JsonPrinter printer = new JsonPrinter(app.json(), out);
                ConsoleSession session = session(app, printer::print, Optional.empty());
                new JsonConsole(session, clock, app.json(), printer).run(in);
            }
            return 0;
        }
        try (Wiring app = Wiring.open(config, Clock.systemUTC())) {
            app.startSearchRebuild();
            ConsoleSession session = session(app, (posted, stored) -> HumanConsole.print(out, posted),
                    Optional.of(config.hours("schedule.grace-hours")));
            new HumanConsole(session, session.channel(config.string("console.channel")), "console-user", out).run(in);
        }
        return 0;
    }

    /** The console's services on a wiring; digests late by more than {@code grace} are skipped. */
    static ConsoleSession session(Wiring app, BiConsumer<ConsoleGateway.Posted, Boolean> printer, Optional<Duration> grace) {
        ConsoleGateway gateway = gateway(app, printer);
        return session(app, gateway, app.chat(gateway, grace));
    }

    /** A console gateway whose message ids continue after those already stored. */
    static ConsoleGateway gateway(Wiring app, BiConsumer<ConsoleGateway.Posted, Boolean> printer) {
        long firstId = ConsoleSession.firstFreeId(app.deliveries().messageIds(ConsoleSession.PLATFORM));
        return new ConsoleGateway(firstId, app.clock(), printer);
    }

    static ConsoleSession session(Wiring app, ConsoleGateway gateway, Wiring.ChatServices chat) {
        return new ConsoleSession(app.clock(), app.paperFiles(), app.jsonPapers(), app.ingest(), chat.commands(), chat.reactions(),
                chat.ticker(), gateway);
    }
}
