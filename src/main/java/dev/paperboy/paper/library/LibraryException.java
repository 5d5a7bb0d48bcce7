package dev.paperboy.paper.library;

/**
 * A reading list that cannot be read: empty, too large, or malformed. The message is a whole answer for the
 * person who sent the file: what failed, on which line, and how many entries were read before it.
 */
public final class LibraryException extends Exception {

    private final int line;
    private final int entriesRead;

    public LibraryException(String message, int line, int entriesRead) {
        super(message);
        this.line = line;
        this.entriesRead = entriesRead;
    }

    /** A file that failed at a line: "line 57: expected … (23 entries read before it)". */
    public static LibraryException at(String file, int line, String problem, int entriesRead) {
        return new LibraryException("Could not read " + file + ": line " + line + ": " + problem + " (" + entriesRead
                + (entriesRead == 1 ? " entry" : " entries") + " read before it). Nothing was seeded.", line, entriesRead);
    }

    /** The first line that failed, 0 when the file as a whole was refused. */
    public int line() {
        return line;
    }

    public int entriesRead() {
        return entriesRead;
    }
}
