package dev.paperboy.paper;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;

/**
 * Reads arXiv's Atom: an API response ({@code export.arxiv.org/api/query}, old and new formats) or an announce
 * feed ({@code rss.arxiv.org/atom/<cats>}, with {@code arxiv:announce_type}). An entry that lacks an id, title
 * or abstract is skipped with its id; a document that is not well-formed is read entry by entry, so one broken
 * entry costs only itself.
 */
public final class ArxivAtomParser {

    /**
     * One response. {@code totalResults} is the API's opensearch total, -1 when the document does not say (the
     * announce feed never does); {@code entries} counts every entry, skipped ones included, for paging;
     * {@code error} is the API's error message when it answered with its error entry, else empty.
     */
    public record Page(PaperBatch batch, int totalResults, int entries, String error) {
    }

    static final String ARXIV_NS = "http://arxiv.org/schemas/atom";
    static final String OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/";
    private static final Pattern ANNOUNCE = Pattern.compile("(?s)^\\s*arXiv:\\S+\\s+Announce Type:\\s*(\\S+)\\s*(?:Abstract:\\s*)?");
    private static final Pattern ENTRY = Pattern.compile("(?s)<entry[\\s>].*?</entry>");
    private static final Pattern ENTRY_ID = Pattern.compile("(?s)<id>\\s*([^<]+?)\\s*</id>");
    private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    public Page parse(String xml, String source) {
        // arXiv abstracts now and then carry control characters that XML forbids; one would fail the whole page.
        Matcher invalid = INVALID_XML_CHARS.matcher(xml);
        String clean = invalid.find() ? invalid.replaceAll("") : xml;
        try {
            return fromFeed(build(clean), source, List.of());
        } catch (FeedException | IllegalArgumentException e) {
            return salvage(clean, source, e);
        }
    }

    private static Feed build(String xml) throws FeedException {
        Object feed = new WireFeedInput(false, Locale.ROOT).build(new StringReader(xml));
        if (!(feed instanceof Feed atom)) {
            throw new FeedException("not an Atom feed");
        }
        return atom;
    }

    private Page fromFeed(Feed feed, String source, List<String> alreadySkipped) {
        Map<String, Paper> papers = new LinkedHashMap<>();
        Map<String, PaperExtras> extras = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>(alreadySkipped);
        String error = "";
        for (Entry entry : feed.getEntries()) {
            if (entry.getId() != null && entry.getId().contains("/api/errors")) {
                error = entry.getSummary() == null ? entry.getTitle() : entry.getSummary().getValue().strip();
                continue;
            }
            try {
                read(entry, source, papers, extras, skipped);
            } catch (RuntimeException e) {
                skipped.add("entry " + entry.getId() + ": " + e.getMessage());
            }
        }
        int total = foreign(feed.getForeignMarkup(), OPENSEARCH_NS, "totalResults").map(ArxivAtomParser::integer).orElse(-1);
        PaperBatch batch = new PaperBatch(PaperFormat.ARXIV_ATOM, new ArrayList<>(papers.values()), Map.of(), Optional.empty(), skipped, extras);
        return new Page(batch, total, feed.getEntries().size() + alreadySkipped.size(), error);
    }

    private static void read(Entry entry, String source, Map<String, Paper> papers, Map<String, PaperExtras> extras, List<String> skipped) {
        String rawId = entry.getId() == null ? "" : entry.getId().strip().replaceFirst("(?i)^oai:arXiv.org:", "");
        Optional<PaperIds.ArxivId> id = PaperIds.parseArxiv(rawId);
        String title = oneLine(entry.getTitle());
        if (id.isEmpty()) {
            skipped.add("entry '" + (rawId.isEmpty() ? title : rawId) + "': no arXiv id");
            return;
        }
        String summary = entry.getSummary() == null || entry.getSummary().getValue() == null ? "" : entry.getSummary().getValue();
        String announceType = foreign(entry.getForeignMarkup(), ARXIV_NS, "announce_type").orElse("");
        Matcher announce = ANNOUNCE.matcher(summary);
        if (announce.find()) {
            announceType = announceType.isEmpty() ? announce.group(1) : announceType;
            summary = summary.substring(announce.end());
        }
        String abstractText = oneLine(summary);
        Date date = entry.getPublished() != null ? entry.getPublished() : entry.getUpdated();
        String problem = title.isEmpty() ? "no title" : abstractText.isEmpty() ? "no abstract" : date == null ? "no date" : "";
        if (!problem.isEmpty()) {
            skipped.add("entry " + rawId + ": " + problem);
            return;
        }
        Paper paper = new Paper(id.get().id(), title, abstractText, authors(entry), categories(entry), Instant.ofEpochMilli(date.getTime()),
                0, id.get().version(), source);
        Paper earlier = papers.get(paper.id());
        if (earlier == null || paper.version() > earlier.version()) {
            papers.put(paper.id(), paper);
        }
        if (!announceType.isEmpty()) {
            extras.putIfAbsent(paper.id(), PaperExtras.announced(paper.id(), announceType.toLowerCase(Locale.ROOT)));
        }
    }

    private static List<String> authors(Entry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                names.add(oneLine(person.getName()));
            }
        }
        if (names.isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dc) {
            // The announce feed names everyone in one dc:creator, comma separated.
            for (String creator : dc.getCreators()) {
                for (String name : creator.split(",")) {
                    if (!name.isBlank()) {
                        names.add(oneLine(name));
                    }
                }
            }
        }
        return names;
    }

    private static List<String> categories(Entry entry) {
        List<String> out = new ArrayList<>();
        foreignElement(entry.getForeignMarkup(), ARXIV_NS, "primary_category")
                .map(e -> e.getAttributeValue("term")).filter(t -> t != null && !t.isBlank()).ifPresent(out::add);
        for (Category c : entry.getCategories()) {
            if (c.getTerm() != null && !c.getTerm().isBlank() && !out.contains(c.getTerm().strip())) {
                out.add(c.getTerm().strip());
            }
        }
        return out;
    }

    /**
     * Not well-formed: read the part before the first entry as the feed's header, then each entry on its own
     * inside that header, so every readable entry is kept and each broken one is reported by its id.
     */
    private Page salvage(String xml, String source, Exception cause) {
        int first = xml.indexOf("<entry");
        String header = first >= 0 ? xml.substring(0, first) : xml;
        if (!header.contains("<feed")) {
            throw new IllegalArgumentException("not an Atom feed (" + firstLine(cause.getMessage()) + ")");
        }
        Feed feed;
        try {
            feed = build(header + "</feed>");
        } catch (FeedException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a readable Atom feed (" + firstLine(cause.getMessage()) + ")");
        }
        List<String> skipped = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(xml);
        int end = first;
        while (m.find()) {
            end = m.end();
            try {
                entries.addAll(build(header + m.group() + "</feed>").getEntries());
            } catch (FeedException | IllegalArgumentException e) {
                skipped.add("entry " + entryId(m.group()) + ": malformed XML (" + firstLine(e.getMessage()) + ")");
            }
        }
        String rest = first < 0 ? "" : xml.substring(end);
        if (rest.contains("<entry")) {
            skipped.add("entry " + entryId(rest) + ": cut off before its end");
        }
        feed.setEntries(entries);
        return fromFeed(feed, source, skipped);
    }

    private static String entryId(String xml) {
        Matcher id = ENTRY_ID.matcher(xml);
        return id.find() ? id.group(1) : "(no id)";
    }

    private static Optional<String> foreign(List<Element> markup, String namespace, String name) {
        return foreignElement(markup, namespace, name).map(Element::getTextTrim).filter(t -> !t.isEmpty());
    }

    private static Optional<Element> foreignElement(List<Element> markup, String namespace, String name) {
        return markup.stream().filter(e -> namespace.equals(e.getNamespaceURI()) && name.equals(e.getName())).findFirst();
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Collapses the line breaks and indents arXiv wraps titles and abstracts with. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
