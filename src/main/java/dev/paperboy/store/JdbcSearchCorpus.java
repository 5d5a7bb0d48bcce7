package dev.paperboy.store;

import dev.paperboy.paper.Paper;
import dev.paperboy.search.SearchCorpus;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** The {@code papers} table read in id order, for rebuilding the search index. */
public final class JdbcSearchCorpus implements SearchCorpus {

    /** How old a change must be before no earlier-numbered one can still appear. */
    static final int SETTLE_SECONDS = 10;

    private final Jdbc jdbc;
    private final JdbcPaperStore papers;

    public JdbcSearchCorpus(DataSource dataSource, JdbcPaperStore papers) {
        this.jdbc = new Jdbc(dataSource);
        this.papers = papers;
    }

    @Override
    public long count() {
        return papers.count();
    }

    @Override
    public List<Paper> page(String afterId, int limit) {
        // Keyset paging: each page is one index range scan, however deep into the table.
        return jdbc.query("SELECT " + JdbcPaperStore.COLUMNS + " FROM papers WHERE id > ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
                JdbcPaperStore::paper, afterId);
    }

    @Override
    public List<Paper> find(Collection<String> ids) {
        return papers.findAll(ids);
    }

    @Override
    public long lastChange() {
        return jdbc.one("SELECT COALESCE(MAX(id), 0) FROM paper_changes", rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * Identity numbers are handed out before commit, so a change can become visible after a higher-numbered one; a
     * change older than {@link #SETTLE_SECONDS} by the database's clock is past that (no transaction of ours runs so
     * long), and only settled changes may move a reader's watermark.
     */
    @Override
    public List<Change> changesAfter(long seq, int limit) {
        return jdbc.query("SELECT id, paper_id, CASE WHEN changed_at < CURRENT_TIMESTAMP - INTERVAL '" + SETTLE_SECONDS
                        + "' SECOND THEN 1 ELSE 0 END AS settled FROM paper_changes WHERE id > ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
                rs -> new Change(rs.getLong("id"), rs.getString("paper_id"), rs.getInt("settled") == 1), seq);
    }
}
