package dev.paperboy.summary;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns abstract sentences into chat text: LaTeX, citations and asides out, the lead-in ("In this paper, ",
 * "To this end, ") dropped since a chat line has no paper around it, and a cut at a clause or word boundary
 * when the line is too long.
 */
public final class ChatText {

    static final String ELLIPSIS = "…";

    private static final Pattern CITE = Pattern.compile("\\\\cite[pt]?\\*?(\\[[^]]*])*\\{[^}]*}");
    private static final Pattern URL_COMMAND = Pattern.compile("\\\\(url|href)\\{[^}]*}(\\{[^}]*})?");
    private static final Pattern STYLE = Pattern.compile("\\\\(textbf|textit|textsc|textrm|emph|texttt|mathrm|mathbf|mathit|mathcal|mathbb|text|operatorname)\\{([^}]*)}");
    private static final Pattern MATH = Pattern.compile("\\$([^$]{0,80})\\$");
    private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([%&_#$])");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("times", "×"), Map.entry("pm", "±"),
            Map.entry("approx", "≈"), Map.entry("sim", "~"), Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"),
            Map.entry("ge", "≥"), Map.entry("rightarrow", "→"), Map.entry("to", "→"), Map.entry("infty", "∞"), Map.entry("cdot", "·"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("epsilon", "ε"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"), Map.entry("theta", "θ"), Map.entry("pi", "π"),
            Map.entry("left", ""), Map.entry("right", ""), Map.entry("quad", " "), Map.entry("ldots", "…"), Map.entry("dots", "…"));
    /** Numbered citations "[3]", "[4, 7-9]" and author-year ones "(Smith et al., 2020)". */
    private static final Pattern CITATION = Pattern.compile("\\s*\\[\\d+(\\s*[,–-]\\s*\\d+)*]|\\s*\\([^()]*\\bet al\\.?,? (19|20)\\d\\d[a-z]?\\)");
    private static final Pattern ASIDE = Pattern.compile("\\s*\\((e\\.g\\.|i\\.e\\.|see |cf\\.)[^()]*\\)");
    private static final Pattern LEAD_IN = Pattern.compile("^(in this (paper|work|study|article|letter|thesis|survey)|here|also"
            + "|(to|toward|towards|for) (this|that|these|such)( \\w+){0,2}|to (address|tackle|overcome|solve|alleviate|mitigate|achieve|fill|close|bridge)"
            + " (this|these|such|the above|those|that)( \\w+){0,2}|to do so|specifically|more specifically|concretely|in particular|furthermore"
            + "|moreover|in addition|additionally|therefore|thus|hence|consequently|overall|as a result|in summary|in short|in conclusion"
            + "|to sum up)\\s*,\\s*", Pattern.CASE_INSENSITIVE);
    /** Where a long sentence can be cut and still read as a claim. */
    private static final Pattern CLAUSE = Pattern.compile("(,|;|:| --| —| –)\\s");

    private ChatText() {
    }

    /** LaTeX, citations and the word "Abstract" out; whitespace collapsed. */
    public static String clean(String text) {
        String s = CITE.matcher(text).replaceAll("");
        s = URL_COMMAND.matcher(s).replaceAll("");
        s = STYLE.matcher(s).replaceAll("$2");
        s = MATH.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.getOrDefault(m.group(1), m.group(1))));
        s = ESCAPED.matcher(s).replaceAll("$1");
        s = s.replaceAll("[{}]", "").replace('~', ' ').replaceAll("\\^\\+", "+");
        s = CITATION.matcher(s).replaceAll("");
        s = s.replaceAll("\\s+", " ").replaceAll(" ([,.;:])", "$1").strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("abstract")) {
            s = s.substring("abstract".length()).replaceFirst("^[:.\\s]+", "");
        }
        return s;
    }

    /** A sentence as a chat line stands alone: cleaned, asides and lead-in dropped, first letter capital. */
    public static String sentence(String raw) {
        String s = ASIDE.matcher(clean(raw)).replaceAll("");
        String before;
        do {
            before = s;
            s = LEAD_IN.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * At most {@code maxChars}: cut at the last clause boundary in the second half of the room, else at a word,
     * and mark the cut with an ellipsis.
     */
    public static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int room = maxChars - 1;
        int cut = -1;
        Matcher clause = CLAUSE.matcher(text);
        while (clause.find() && clause.start() <= room) {
            if (clause.start() >= room * 2 / 3) {
                cut = clause.start();
            }
        }
        if (cut < 0) {
            int space = text.lastIndexOf(' ', room);
            cut = space > 0 ? space : room;
        }
        return text.substring(0, cut).replaceAll("[\\s,;:(\\-—–]+$", "") + ELLIPSIS;
    }
}
