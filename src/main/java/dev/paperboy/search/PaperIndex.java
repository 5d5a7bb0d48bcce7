package dev.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of papers: one document per paper id, written through one {@link IndexWriter} and read
 * through near-real-time searchers, so a paper is searchable as soon as {@link #put} returns. Each commit
 * carries metadata (schema version, embedding model, database) that tells whether the index still fits.
 */
public final class PaperIndex implements AutoCloseable {

    /** Raised when the layout of documents changes, so older indexes are rebuilt rather than misread. */
    static final String SCHEMA = "1";

    /** A unit of work on a searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private final Directory directory;
    private final String where;
    private final boolean existed;
    /** Null for an index read beside the process that writes it ({@link #readOnly}). */
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** Thrown when another process (a running bot) holds the index's write lock. */
    public static final class InUseException extends IOException {
        InUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An index only read here, through searchers reopened on the writer's commits. */
    private PaperIndex(Directory directory, String where, SearcherManager readers) {
        this.directory = directory;
        this.where = where;
        this.existed = true;
        this.writer = null;
        this.searchers = readers;
    }

    private PaperIndex(Directory directory, String where) throws IOException {
        this.directory = directory;
        this.where = where;
        this.existed = DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(PaperDocuments.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new InUseException("the search index at " + where + " is in use by another Paperboy process; give each "
                    + "instance its own search.index-dir", e);
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index in a folder (created when missing): it survives restarts. */
    public static PaperIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new PaperIndex(FSDirectory.open(folder), folder.toString());
    }

    /**
     * The index another process (the running bot) writes, read as of its last commit and again at each
     * {@link #refresh()}; writes are left to that process, which catches up with the database by itself. An index that
     * was never committed reads as empty.
     */
    public static PaperIndex readOnly(Path folder) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            return inMemory();
        }
        return new PaperIndex(directory, folder + " (read-only: another process writes it)", new SearcherManager(directory, null));
    }

    /** True when this process only reads the index and another one writes it. */
    public boolean readOnlyView() {
        return writer == null;
    }

    /** An index in memory, for an in-memory database and for tests. */
    public static PaperIndex inMemory() {
        try {
            return new PaperIndex(new ByteBuffersDirectory(), "memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String where() {
        return where;
    }

    /** Whether an index was already there when this one was opened (a new one needs filling). */
    boolean existed() {
        return existed;
    }

    /** Adds or replaces papers by id; they are searchable when this returns. */
    void put(List<IndexedPaper> papers) throws IOException {
        add(papers);
        refresh();
    }

    /** Adds or replaces papers by id, searchable after the next {@link #refresh()}. */
    void add(List<IndexedPaper> papers) throws IOException {
        if (writer == null) {
            return;
        }
        for (IndexedPaper p : papers) {
            writer.updateDocument(new Term(PaperDocuments.ID, p.paper().id()), PaperDocuments.document(p));
        }
    }

    /** Makes what was added searchable. Each refresh writes a segment, so bulk loads refresh seldom. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Drops every paper; searches keep seeing the last refreshed state until the next {@link #refresh()}. */
    void clear() throws IOException {
        if (writer != null) {
            writer.deleteAll();
        }
    }

    /**
     * Merges the index into one segment. Each segment has its own vector graph, searched in turn, so after a
     * bulk load of 100,000 papers in a dozen segments a merged index answers a vector query ten times faster.
     */
    void mergeSegments() throws IOException {
        if (writer != null) {
            writer.forceMerge(1);
        }
    }

    /** Makes what was put durable, with metadata describing the index. */
    void commit(Map<String, String> metadata) throws IOException {
        if (writer == null) {
            return;
        }
        writer.setLiveCommitData(Map.copyOf(metadata).entrySet());
        writer.commit();
    }

    /** The metadata of the last commit; empty for a new index. */
    Map<String, String> metadata() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    /** Papers searchable now. */
    int count() throws IOException {
        return search(s -> s.getIndexReader().numDocs());
    }

    <T> T search(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** A paper's stored fields and vector (null when it has none), if the index has it. */
    Optional<Found> find(String id) throws IOException {
        return search(s -> {
            TopDocs top = s.search(new TermQuery(new Term(PaperDocuments.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = top.scoreDocs[0].doc;
            Document stored = s.storedFields().document(doc);
            LeafReaderContext leaf = s.getIndexReader().leaves().get(ReaderUtil.subIndex(doc, s.getIndexReader().leaves()));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(PaperDocuments.VECTOR);
            float[] vector = null;
            int local = doc - leaf.docBase;
            if (values != null && values.advance(local) == local) {
                vector = values.vectorValue().clone();
            }
            return Optional.of(new Found(PaperDocuments.hit(stored, 0), vector));
        });
    }

    /** A paper found by id. */
    record Found(SearchHit hit, float[] vector) {
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
