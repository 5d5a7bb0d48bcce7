package dev.paperboy.eval;

import java.util.Locale;

/** The eval's numbers as a Markdown block, printed and written into docs/. */
public final class SummaryReport {

    private SummaryReport() {
    }

    public static String markdown(SummaryEval.Result result, String command, String data, int maxChars) {
        StringBuilder out = new StringBuilder();
        out.append("Command: `").append(command).append("`\n\n");
        out.append(String.format(Locale.ROOT, "Data: `%s`: %d abstracts with an idea or result span (%d without one left out; "
                + "%d spans outside their abstract dropped). Summaries cut to %d characters.%n%n",
                data, result.abstracts(), result.withoutTargets(), result.droppedSpans(), maxChars));
        out.append("| method | idea or result covered [95% CI] | vs first sentence [95% CI] | idea spans | result spans "
                + "| covered as shown | whole span inside | mean chars | two sentences |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (SummaryEval.Score s : result.scores()) {
            out.append(String.format(Locale.ROOT, "| %s | **%.3f** [%.3f, %.3f] | %+.3f [%+.3f, %+.3f] | %.3f | %.3f | %.3f | %.3f | %.0f | %.2f |%n",
                    s.method(), s.covered(), s.coveredCi().low(), s.coveredCi().high(), s.delta(), s.deltaCi().low(), s.deltaCi().high(),
                    s.ideaSpans(), s.resultSpans(), s.coveredAsShown(), s.wholeSpan(), s.meanChars(), s.twoSentences()));
        }
        return out.toString();
    }
}
