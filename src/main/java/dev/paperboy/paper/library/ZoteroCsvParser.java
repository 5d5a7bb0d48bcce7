package dev.paperboy.paper.library;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.paperboy.paper.PaperIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zotero's "Export Collection… → CSV": a header row ({@code "Key","Item Type","Publication Year","Author",
 * "Title",…,"DOI","Url","Abstract Note",…,"Extra",…}), then one quoted row per item, authors as
 * {@code Last, First; Last, First}. Read with Jackson's CSV module (the project's Jackson, quoted newlines
 * in abstracts included); columns are found by name, so other tools' CSV with the same names reads too.
 */
final class ZoteroCsvParser {

    static final List<String> COLUMNS = List.of("Key", "Item Type", "Publication Year", "Author", "Title", "Publication Title",
            "DOI", "Url", "Abstract Note", "Extra");

    private final CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    List<LibraryEntry> parse(String file, String text) throws LibraryException {
        List<LibraryEntry> out = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        int line = 2;
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(text)) {
            boolean more = rows.hasNextValue(); // reads the header
            if (((CsvParser) rows.getParser()).getSchema().column("Title") == null) {
                throw LibraryException.at(file, 1, "a CSV reading list needs a header row with a \"Title\" column, as Zotero's export has", 0);
            }
            while (more) {
                line = (int) rows.getCurrentLocation().getLineNr();
                out.add(entry(line, rows.nextValue()));
                more = rows.hasNextValue();
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw LibraryException.at(file, line, "not a CSV row (" + RisParser.clip(message) + ")", out.size());
        }
        return out;
    }

    private static LibraryEntry entry(int line, Map<String, String> row) {
        List<String> authors = new ArrayList<>();
        for (String name : get(row, "Author").split(";")) {
            String n = name.strip();
            int comma = n.indexOf(',');
            if (!n.isEmpty()) {
                authors.add(comma > 0 ? (n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip()).strip() : n);
            }
        }
        String extra = get(row, "Extra");
        LibraryEntry entry = LibraryEntry.of(line, get(row, "Title"), get(row, "Abstract Note"), authors, get(row, "Publication Year"),
                get(row, "DOI"), get(row, "Url"), get(row, "Archive Location"), get(row, "Report Number"), extra,
                get(row, "Publication Title"));
        // Paperboy's own export keys a paper by its id; a pb- id names a paper that has no other.
        String key = get(row, "Key");
        return PaperIds.isContentDerived(key) ? new LibraryEntry(entry.line(), key, entry.arxivId(), entry.doi(), entry.title(),
                entry.abstractText(), entry.authors(), entry.year(), entry.url()) : entry;
    }

    private static String get(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v;
    }
}
