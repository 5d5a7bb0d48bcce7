package dev.paperboy.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Paperboy's command line: {@code java -jar target/paperboy.jar <command>}. With no command it prints help.
 * Every command takes {@code --config FILE} and {@code --set key=value}.
 */
@Command(name = "paperboy", mixinStandardHelpOptions = true, version = "paperboy 0.1.0",
        description = "Delivers research papers to Slack, Discord and the console every morning.",
        subcommands = {RunCommand.class, ConsoleCommand.class, IngestCommand.class, TagCommand.class,
            SearchCommand.class, EvalCommand.class, BenchCommand.class, BackupCommand.class,
            LibraryCommands.Seed.class, LibraryCommands.Export.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof ConfigException || e instanceof dev.paperboy.store.StoreException) {
                commandLine.getErr().println("paperboy: " + e.getMessage());
                return 2;
            }
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                // A file that cannot be read or written: say which, without a stack trace.
                commandLine.getErr().println("paperboy: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
