package dev.paperboy.eval;

import java.util.Locale;

/** Markdown for evaluation results, so the numbers in docs/ are exactly what the command printed. */
final class FeedbackReport {

    private FeedbackReport() {
    }

    static String markdown(FeedbackSimulation.Result r, String command, double seconds) {
        StringBuilder md = new StringBuilder();
        md.append("Command: `").append(command).append("`  \n");
        md.append(String.format(Locale.ROOT, "Window: %d listing days from %s; %d channels per mode; %.0f s on this machine.%n%n",
                r.days(), r.firstDay(), r.perInterest().values().iterator().next().size(), seconds));
        md.append("Interests: ").append(String.join(", ", r.perInterest().values().iterator().next().keySet())).append(". Seeds refused by")
                .append(" `/papers seed`: ").append(r.refusedSeeds().size()).append(".\n\n");
        md.append("Precision@5 over days ").append(r.scoredFrom()).append('-').append(r.days()).append(":\n\n| mode | P@5 |\n| --- | --- |\n");
        r.scored().forEach((mode, p) -> md.append(String.format(Locale.ROOT, "| %s | %.3f |%n", mode, p)));
        md.append("\nWhat was posted, days ").append(r.scoredFrom()).append('-').append(r.days()).append(" (bar: ").append(r.posted().bar())
                .append("):\n\n| mode | precision of posted papers | papers per channel per day |\n| --- | --- | --- |\n");
        r.modes().forEach(m -> md.append(String.format(Locale.ROOT, "| %s | %.3f | %.2f |%n", m, r.posted().precision().get(m),
                r.posted().perDay().get(m))));
        md.append("\nLearning curve (precision@5 per day, mean over channels):\n\n| day |");
        r.modes().forEach(m -> md.append(' ').append(m).append(" |"));
        md.append("\n| --- |");
        r.modes().forEach(m -> md.append(" --- |"));
        md.append('\n');
        for (int k = 0; k < r.days(); k++) {
            md.append("| ").append(k + 1).append(" |");
            for (String m : r.modes()) {
                md.append(String.format(Locale.ROOT, " %.3f |", r.perDay().get(m)[k]));
            }
            md.append('\n');
        }
        md.append("\nPer interest, days ").append(r.scoredFrom()).append('-').append(r.days()).append(":\n\n| interest |");
        r.modes().forEach(m -> md.append(' ').append(m).append(" |"));
        md.append("\n| --- |");
        r.modes().forEach(m -> md.append(" --- |"));
        md.append('\n');
        for (String interest : r.perInterest().get(r.modes().get(0)).keySet()) {
            md.append("| ").append(interest).append(" |");
            for (String m : r.modes()) {
                md.append(String.format(Locale.ROOT, " %.3f |", r.perInterest().get(m).get(interest)));
            }
            md.append('\n');
        }
        return md.toString();
    }
}
