package dev.paperboy.paper.library;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a reading list from its bytes, whether a file on disk or a chat attachment: refuses an empty or
 * oversized file, picks the format, and hands back the entries or one {@link LibraryException} that says what
 * failed where.
 */
public final class Libraries {

    /** A reading list is text; a library of 10,000 BibTeX entries with abstracts is about 15 MB, a group's far less. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** What a file held. */
    public record Library(LibraryFormat format, List<LibraryEntry> entries) {
        public Library {
            entries = List.copyOf(entries);
        }
    }

    private Libraries() {
    }

    public static Library read(String fileName, byte[] bytes) throws LibraryException {
        if (bytes.length > MAX_BYTES) {
            throw new LibraryException(fileName + " is " + (bytes.length / (1024 * 1024)) + " MB; a reading list may be at most "
                    + (MAX_BYTES / (1024 * 1024)) + " MB. Split it, or export only the collection you mean. Nothing was seeded.", 0, 0);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Old exports in Latin-1 still read; each byte is one character there.
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return parse(fileName, text);
    }

    public static Library parse(String fileName, String text) throws LibraryException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().toList();
        if (body.isBlank()) {
            throw new LibraryException(fileName + " is empty: send a BibTeX, RIS or CSV export, or one arXiv id, URL or DOI a line.", 0, 0);
        }
        LibraryFormat format = LibraryFormat.detect(fileName, lines.subList(0, Math.min(lines.size(), 50)));
        List<LibraryEntry> entries = switch (format) {
            case BIBTEX -> new BibtexParser().parse(fileName, body);
            case RIS -> new RisParser().parse(fileName, lines);
            case ZOTERO_CSV -> new ZoteroCsvParser().parse(fileName, body);
            case ID_LIST -> new IdListParser().parse(fileName, lines);
        };
        if (entries.isEmpty()) {
            throw new LibraryException(fileName + " holds no " + format.label() + " entries. Nothing was seeded.", 0, 0);
        }
        return new Library(format, entries);
    }

    /** References typed in chat ({@code /papers seed 2506.20639 https://arxiv.org/abs/…}): each word one entry. */
    public static List<String> unreadable(List<String> references) {
        return references.stream().filter(r -> IdListParser.entry(0, r).isEmpty()).toList();
    }

    /** The entries named by references typed in chat, those that name no paper left out. */
    public static List<LibraryEntry> typed(List<String> references) {
        return java.util.stream.IntStream.range(0, references.size())
                .mapToObj(i -> IdListParser.entry(i + 1, references.get(i))).flatMap(java.util.Optional::stream).toList();
    }
}
