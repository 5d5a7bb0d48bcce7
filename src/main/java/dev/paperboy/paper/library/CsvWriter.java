package dev.paperboy.paper.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.paperboy.paper.Paper;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes papers with the columns of Zotero's CSV export that say what a paper is (Key, Item Type, Publication
 * Year, Author, Title, Publication Title, DOI, Url, Abstract Note, Extra), so a spreadsheet opens it and
 * Zotero or Paperboy reads it back.
 */
public final class CsvWriter {

    private final CsvMapper mapper = new CsvMapper();

    public String write(List<Paper> papers) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        ZoteroCsvParser.COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (Paper p : papers) {
            rows.add(List.of(p.id(), p.isArxiv() ? "preprint" : "journalArticle",
                    Integer.toString(p.published().atZone(ZoneOffset.UTC).getYear()),
                    String.join("; ", p.authors().stream().map(CsvWriter::lastFirst).toList()), p.title(),
                    p.isArxiv() ? "arXiv" : "", p.isArxiv() ? "10.48550/arXiv." + p.id() : "", p.absUrl(), p.abstractText(),
                    p.isArxiv() ? "arXiv:" + p.id() : ""));
        }
        try {
            return mapper.writer(schema.build().withQuoteChar('"')).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always write as CSV", e);
        }
    }

    private static String lastFirst(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1) + ", " + n.substring(0, space);
    }
}
