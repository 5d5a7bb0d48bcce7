package dev.paperboy.chat.console;

import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.OutgoingMessage;
import dev.paperboy.channel.Reply;
import dev.paperboy.schedule.ScheduledDigests;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console for a person: type {@code /papers …} commands (the {@code /papers} may be left out), react with
 * {@code react m3 +1} or {@code unreact m3 +1}, {@code tick} to fire due digests, {@code quit} to leave.
 */
public final class HumanConsole {

    static final String INTRO = "Type /papers help (or just: help, digest, subscribe rl …). React with: react m3 +1 · unreact m3 +1 · tick · quit";

    private final ConsoleSession session;
    private final ChannelRef channel;
    private final String user;
    private final PrintStream out;

    public HumanConsole(ConsoleSession session, ChannelRef channel, String user, PrintStream out) {
        this.session = session;
        this.channel = channel;
        this.user = user;
        this.out = out;
    }

    /** Prints a posted message for a person to read. */
    public static void print(PrintStream out, ConsoleGateway.Posted posted) {
        OutgoingMessage m = posted.message();
        switch (m.kind()) {
            case DIGEST -> out.println("\n" + m.text() + "\n");
            case PAPER -> {
                out.println("[" + posted.id() + "] " + m.text().replace("\n", "\n      "));
                out.println();
            }
            case ERROR -> out.println("! " + m.text());
            default -> out.println(m.text());
        }
        out.flush();
    }

    public void run(BufferedReader in) throws IOException {
        out.println(INTRO);
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.equalsIgnoreCase("quit") || s.equalsIgnoreCase("exit")) {
                return;
            }
            handle(s);
        }
    }

    void handle(String s) {
        String[] words = s.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if ((first.equals("react") || first.equals("unreact")) && words.length == 3) {
            Optional<String> paper = session.reactions().react(channel, user, words[1], words[2], first.equals("unreact"));
            out.println(paper.map(p -> (first.equals("react") ? "Noted " : "Removed ") + words[2] + " on " + p + ".")
                    .orElse("That message is not a paper, or " + words[2] + " means nothing to me; nothing recorded."));
        } else if (first.equals("tick")) {
            long posted = session.tick().stream().filter(f -> f.result() == ScheduledDigests.Result.POSTED).count();
            out.println(posted == 0 ? "No digest is due." : posted + " scheduled digest(s) fired.");
        } else {
            Reply reply = session.commands().handle(channel, new Caller(user, true, true), s.startsWith("/") ? s : "/papers " + s);
            session.gateway().reply(channel, new OutgoingMessage(reply.kind(), reply.text(), Optional.empty(), Optional.empty()));
        }
        out.flush();
    }
}
