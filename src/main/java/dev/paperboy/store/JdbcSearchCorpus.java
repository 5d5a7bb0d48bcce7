package dev.paperboy.store;

import dev.paperboy.paper.Paper;
import dev.paperboy.search.SearchCorpus;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** The {@code papers} table read in id order, for rebuilding the search index. */
public final class JdbcSearchCorpus implements SearchCorpus {

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
}
