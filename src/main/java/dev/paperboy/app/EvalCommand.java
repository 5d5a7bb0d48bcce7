package dev.paperboy.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code paperboy eval <what>}: quality measured on evaluation data given by path. Each measurement is a
 * subcommand of its own, registered here; each prints its numbers and can write them to a file for docs/.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on evaluation data.",
        subcommands = {EvalFeedbackCommand.class, EvalSeededCommand.class, EvalSummariesCommand.class, EvalTaggingCommand.class,
            SearchEvalCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (spec.subcommands().isEmpty()) {
            spec.commandLine().getErr().println("paperboy: no evaluation is available yet.");
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
