package dev.paperboy.paper.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RIS, as Zotero, Mendeley, EndNote and publishers' "cite" buttons write it: {@code TY  - JOUR} opens a record,
 * {@code ER  - } closes it, one {@code TAG  - value} per line between, a line without a tag continuing the
 * previous value (long abstracts). The format is a line grammar of two dozen tags, so it is read here rather
 * than through a library.
 */
final class RisParser {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");

    List<LibraryEntry> parse(String file, List<String> lines) throws LibraryException {
        List<LibraryEntry> out = new ArrayList<>();
        Map<String, List<String>> record = null;
        int start = 0;
        String last = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).replace("\uFEFF", "");
            String line = raw.stripTrailing();
            Matcher m = TAG.matcher(line.stripLeading().isEmpty() ? "" : line);
            if (m.matches()) {
                String tag = m.group(1);
                String value = m.group(2) == null ? "" : m.group(2).strip();
                if (tag.equals("TY")) {
                    if (record != null) {
                        throw LibraryException.at(file, i + 1, "a new record (TY) starts before the one on line " + start + " ended (ER)", out.size());
                    }
                    record = new HashMap<>();
                    start = i + 1;
                } else if (record == null) {
                    throw LibraryException.at(file, i + 1, "\"" + clip(line) + "\" is outside a record (records start with TY  - )", out.size());
                } else if (tag.equals("ER")) {
                    out.add(entry(start, record));
                    record = null;
                } else {
                    record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
                }
                last = tag;
            } else if (line.isBlank()) {
                continue;
            } else if (record != null && last != null && !last.equals("TY")) {
                List<String> values = record.get(last);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
            } else {
                throw LibraryException.at(file, i + 1, "\"" + clip(line) + "\" is not a RIS line (TAG  - value)", out.size());
            }
        }
        if (record != null) {
            throw LibraryException.at(file, start, "the record that starts here never ends (no ER  - line)", out.size());
        }
        return out;
    }

    private static LibraryEntry entry(int line, Map<String, List<String>> r) {
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("AU", "A1")) {
            for (String name : r.getOrDefault(tag, List.of())) {
                int comma = name.indexOf(',');
                authors.add(comma > 0 ? (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip() : name);
            }
        }
        String year = first(r, "PY", "Y1", "DA");
        year = year.length() >= 4 ? year.substring(0, 4) : year;
        return LibraryEntry.of(line, first(r, "TI", "T1", "CT"), first(r, "AB", "N2"), authors, year, first(r, "DO"),
                first(r, "UR"), first(r, "AN"), first(r, "M1"), first(r, "N1"), first(r, "T2"), first(r, "JO"), first(r, "ID"));
    }

    private static String first(Map<String, List<String>> r, String... tags) {
        for (String tag : tags) {
            List<String> values = r.get(tag);
            if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                return values.get(0);
            }
        }
        return "";
    }

    static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
