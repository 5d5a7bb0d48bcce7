package dev.paperboy.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Commands whose parts have not landed yet: each says so plainly instead of pretending. */
final class LaterCommands {

    private LaterCommands() {
    }

    static int notYet(String what) {
        System.err.println("paperboy: " + what + " is not available yet.");
        return 2;
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "Search every paper Paperboy has read (not available yet).")
    static final class Search implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "QUERY", arity = "0..*")
        List<String> query;

        @Override
        public Integer call() {
            return notYet("search");
        }
    }

}
