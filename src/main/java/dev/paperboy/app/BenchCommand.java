package dev.paperboy.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code paperboy bench <what>}: speed measured on this machine, each figure with a baseline from the same run.
 * Each benchmark is a subcommand of its own, registered here.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed on this machine.",
        subcommands = {BenchPrepareCommand.class, BenchIngestCommand.class, BenchPlanCommand.class, BenchReactionsCommand.class,
            BenchStartupCommand.class, BenchMemoryCommand.class, SearchBenchCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (spec.subcommands().isEmpty()) {
            spec.commandLine().getErr().println("paperboy: no benchmark is available yet.");
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
