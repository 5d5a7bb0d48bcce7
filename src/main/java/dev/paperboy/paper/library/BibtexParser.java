package dev.paperboy.paper.library;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * BibTeX through JBibTeX: its grammar reads what reference managers and Google Scholar write (quoted or braced
 * values, {@code @string} macros, {@code #} concatenation, comments), and its LaTeX printer turns {@code {\"u}}
 * and {@code \'{e}} into ü and é. Undefined macros and missing cross-references are tolerated, as BibTeX does.
 */
final class BibtexParser {

    private static final Pattern ENTRY_START = Pattern.compile("^\\s*@\\s*(\\w+)\\s*[{(]\\s*([^,\\s]*)", Pattern.MULTILINE);
    private static final Key EPRINT_TYPE = new Key("eprinttype");
    private static final Key ARCHIVE_PREFIX = new Key("archiveprefix");
    private static final Key ABSTRACT = new Key("abstract");
    private static final Map<Character, Character> COMBINING = Map.ofEntries(Map.entry('`', '\u0300'), Map.entry('\'', '\u0301'),
            Map.entry('^', '\u0302'), Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('u', '\u0306'),
            Map.entry('.', '\u0307'), Map.entry('"', '\u0308'), Map.entry('r', '\u030A'), Map.entry('H', '\u030B'),
            Map.entry('v', '\u030C'), Map.entry('d', '\u0323'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'));
    /** {@code \"u}, {@code \"{u}}, {@code \c C}, {@code \v{r}}, {@code \'{\i}}: symbol accents, then letter accents. */
    private static final Pattern ACCENT = Pattern.compile(
            "\\\\([`'^~=.\"])\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*\\}|(\\\\?[A-Za-z]))"
            + "|\\\\([uvHrckd])(?:\\s*\\{\\s*(\\\\?[A-Za-z])\\s*\\}|\\s+(\\\\?[A-Za-z]))");

    List<LibraryEntry> parse(String file, String text) throws LibraryException {
        Map<String, Integer> lines = entryLines(text);
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase db;
        try {
            db = parser.parse(new StringReader(text));
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 1;
            String found = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.image : "";
            throw LibraryException.at(file, line, "BibTeX syntax error" + (found == null || found.isEmpty() ? "" : " at \"" + found + "\""),
                    countBefore(lines, line));
        } catch (TokenMgrException e) {
            int line = lineOf(e.getMessage());
            throw LibraryException.at(file, line, "BibTeX syntax error (unexpected character)", countBefore(lines, line));
        } catch (ObjectResolutionException e) {
            throw new IllegalStateException("macro checks are turned off", e);
        }
        List<LibraryEntry> out = new ArrayList<>();
        for (BibTeXEntry entry : db.getEntries().values()) {
            String key = entry.getKey().getValue();
            int line = lines.getOrDefault(key, 0);
            String eprint = field(entry, BibTeXEntry.KEY_EPRINT);
            String prefix = field(entry, ARCHIVE_PREFIX) + field(entry, EPRINT_TYPE);
            // An eprint is an arXiv id when the entry says so, or when it has the shape of one (prefix left out).
            String arxivHint = prefix.isEmpty() || prefix.toLowerCase(Locale.ROOT).contains("arxiv") ? eprint : "";
            out.add(LibraryEntry.of(line, latex(field(entry, BibTeXEntry.KEY_TITLE)), latex(field(entry, ABSTRACT)),
                    authors(field(entry, BibTeXEntry.KEY_AUTHOR)), field(entry, BibTeXEntry.KEY_YEAR),
                    field(entry, BibTeXEntry.KEY_DOI), field(entry, BibTeXEntry.KEY_URL),
                    arxivHint, field(entry, BibTeXEntry.KEY_JOURNAL), field(entry, BibTeXEntry.KEY_NOTE)));
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** "Vaswani, Ashish and Shazeer, Noam and others" as names in reading order. */
    static List<String> authors(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String name : latex(field).split("\\s+and\\s+")) {
            String n = name.strip();
            if (n.isEmpty() || n.equalsIgnoreCase("others")) {
                continue;
            }
            int comma = n.indexOf(',');
            out.add(comma > 0 ? (n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip()).strip() : n);
        }
        return out;
    }

    /** LaTeX as plain text: accents as letters, braces and commands gone; the text as is when it is not LaTeX. */
    static String latex(String raw) {
        String value = accents(raw);
        if (value.indexOf('\\') < 0 && value.indexOf('{') < 0 && value.indexOf('~') < 0 && value.indexOf('$') < 0) {
            return value;
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(value)).replaceAll("\\s+", " ").strip();
        } catch (ParseException | RuntimeException e) {
            return value.replaceAll("[{}]", "").replaceAll("\\s+", " ").strip();
        }
    }

    /**
     * Accent commands as combining marks: JBibTeX's printer knows the common ones but drops cedillas, carons and
     * ogoneks ({@code {\\c C}elik} came out "Celik"), which names from most of Europe need.
     */
    static String accents(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        Matcher m = ACCENT.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String base = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(6);
            String command = m.group(1) != null ? m.group(1) : m.group(4);
            String letter = base.equals("\\i") ? "i" : base.equals("\\j") ? "j" : base;
            m.appendReplacement(out, Matcher.quoteReplacement(
                    java.text.Normalizer.normalize(letter + COMBINING.get(command.charAt(0)), java.text.Normalizer.Form.NFC)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String field(BibTeXEntry entry, Key key) {
        Value v = entry.getField(key);
        return v == null ? "" : v.toUserString().strip();
    }

    private static Map<String, Integer> entryLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Matcher m = ENTRY_START.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            int at = text.indexOf('@', m.start());
            for (; counted < at; counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            if (!Arrays.asList("string", "comment", "preamble").contains(m.group(1).toLowerCase(Locale.ROOT))) {
                lines.putIfAbsent(m.group(2), line);
            }
        }
        return lines;
    }

    /** The entries wholly before the one the failing line is in. */
    private static int countBefore(Map<String, Integer> lines, int line) {
        int failing = lines.values().stream().filter(l -> l <= line).max(Integer::compare).orElse(0);
        return (int) lines.values().stream().filter(l -> l < failing).count();
    }

    private static int lineOf(String message) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** JBibTeX's parser, told not to fail on macros and cross-references it cannot resolve. */
    private static final class BibTeXParser extends org.jbibtex.BibTeXParser {
        BibTeXParser() {
            super(new org.jbibtex.StringProvider(""));
            // BibTeX's own month macros (jan … dec), which every style file defines.
            for (String month : List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")) {
                addMacro(month, month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1));
            }
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
        }
    }
}
