package dev.paperboy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Markdown for evaluation results, so the numbers in docs/ are exactly what the command printed. */
final class FeedbackReport {

    private static final String REFERENCE = "TF-IDF told other days";
    private static final String BOUND = "TF-IDF told all (in-sample)";


    private FeedbackReport() {
    }

    static String markdown(FeedbackSimulation.Result r, String command, double seconds) {
        return markdown(r, null, command, seconds);
    }

    /**
     * With the references of {@link FeedbackCeiling} (null for none) as the last columns: what a TF-IDF SVM told the
     * categories of every paper outside the simulated days reaches, and told those of the days themselves. Neither is
     * a mode of the bot.
     */
    static String markdown(FeedbackSimulation.Result r, FeedbackCeiling.References references, String command, double seconds) {
        FeedbackCeiling.Result ceiling = references == null ? null : references.otherDays();
        FeedbackCeiling.Result inSample = references == null ? null : references.inSample();
        StringBuilder md = new StringBuilder();
        md.append("Command: `").append(command).append("`  \n");
        md.append(String.format(Locale.ROOT, "Window: %d listing days from %s; %d channels per mode; %.0f s on this machine.%n%n",
                r.days(), r.firstDay(), r.perInterest().values().iterator().next().size(), seconds));
        md.append("Interests: ").append(String.join(", ", r.perInterest().values().iterator().next().keySet())).append(". Seeds refused by")
                .append(" `/papers seed`: ").append(r.refusedSeeds().size()).append(".\n\n");
        md.append("Precision@5 over days ").append(r.scoredFrom()).append('-').append(r.days()).append(":\n\n| mode | P@5 |\n| --- | --- |\n");
        r.scored().forEach((mode, p) -> md.append(String.format(Locale.ROOT, "| %s | %.3f |%n", mode, p)));
        if (ceiling != null) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f |%n| %s | %.3f |%n", REFERENCE, ceiling.scored(), BOUND, inSample.scored()));
            md.append(String.format(Locale.ROOT, "%nNeither `%s` nor `%s` is the bot (`FeedbackCeiling`): the arxiv-sanity TF-IDF SVM trained"
                    + " per interest with true categories, picking 5 a day from the same candidates as a channel, by the same"
                    + " precision@5. `%s` is told the categories of the %,d listing papers outside these days, where a channel"
                    + " has 3 seeds and its members' votes; `%s` is also told those of the papers it ranks (%,d in all), a bound on"
                    + " what a linear model of the words separates at all, not a figure any ranker could reach.%n",
                    REFERENCE, BOUND, REFERENCE, ceiling.trainedOn(), BOUND, inSample.trainedOn()));
        }
        md.append("\nWhat was posted, days ").append(r.scoredFrom()).append('-').append(r.days()).append(" (bar: ").append(r.posted().bar())
                .append("):\n\n| mode | precision of posted papers | papers per channel per day |\n| --- | --- | --- |\n");
        r.modes().forEach(m -> md.append(String.format(Locale.ROOT, "| %s | %.3f | %.2f |%n", m, r.posted().precision().get(m),
                r.posted().perDay().get(m))));
        md.append("\nLearning curve (precision@5 per day, mean over channels):\n\n");
        header(md, "day", r, ceiling);
        for (int k = 0; k < r.days(); k++) {
            md.append("| ").append(k + 1).append(" |");
            for (String m : r.modes()) {
                md.append(String.format(Locale.ROOT, " %.3f |", r.perDay().get(m)[k]));
            }
            if (ceiling != null) {
                md.append(String.format(Locale.ROOT, " %.3f | %.3f |", ceiling.perDay()[k], inSample.perDay()[k]));
            }
            md.append('\n');
        }
        md.append("\nPer interest, days ").append(r.scoredFrom()).append('-').append(r.days()).append(":\n\n");
        header(md, "interest", r, ceiling);
        for (String interest : r.perInterest().get(r.modes().get(0)).keySet()) {
            md.append("| ").append(interest).append(" |");
            for (String m : r.modes()) {
                md.append(String.format(Locale.ROOT, " %.3f |", r.perInterest().get(m).get(interest)));
            }
            if (ceiling != null) {
                md.append(String.format(Locale.ROOT, " %.3f | %.3f |", ceiling.perInterest().get(interest), inSample.perInterest().get(interest)));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void header(StringBuilder md, String first, FeedbackSimulation.Result r, FeedbackCeiling.Result ceiling) {
        List<String> columns = new ArrayList<>(r.modes());
        if (ceiling != null) {
            columns.add(REFERENCE);
            columns.add(BOUND);
        }
        md.append("| ").append(first).append(" |");
        columns.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n| --- |");
        columns.forEach(c -> md.append(" --- |"));
        md.append('\n');
    }
}
