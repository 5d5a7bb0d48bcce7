package dev.paperboy.store;

import dev.paperboy.summary.SummaryStore;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Summaries in {@code paper_summaries}, one row per (paper, model, prompt version). */
public final class JdbcSummaryStore implements SummaryStore {

    /** The column's width; a longer summary is cut rather than failing the save. */
    static final int MAX_SUMMARY = 4000;

    private final Jdbc jdbc;

    public JdbcSummaryStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<String> find(String paperId, String model, String promptVersion) {
        return jdbc.one("SELECT summary FROM paper_summaries WHERE paper_id = ? AND model = ? AND prompt_version = ?",
                rs -> rs.getString("summary"), paperId, model, promptVersion);
    }

    @Override
    public void save(String paperId, String model, String promptVersion, String summary, Instant at) {
        String text = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
        // Insert, or replace when two instances raced to summarize the same paper: portable, unlike MERGE/UPSERT.
        if (!jdbc.insertUnique("INSERT INTO paper_summaries (paper_id, model, prompt_version, summary, created_at) VALUES (?, ?, ?, ?, ?)",
                paperId, model, promptVersion, text, at)) {
            jdbc.update("UPDATE paper_summaries SET summary = ?, created_at = ? WHERE paper_id = ? AND model = ? AND prompt_version = ?",
                    text, at, paperId, model, promptVersion);
        }
    }
}
