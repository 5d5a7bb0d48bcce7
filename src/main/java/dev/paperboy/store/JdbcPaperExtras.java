package dev.paperboy.store;

import dev.paperboy.paper.PaperExtras;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code paper_extras} table, for {@link JdbcPaperStore}: one row per paper a source said more about. */
final class JdbcPaperExtras {

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcPaperExtras(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void merge(PaperExtras incoming) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<PaperExtras> existing = find(incoming.paperId());
            if (existing.isEmpty()) {
                if (jdbc.insertUnique("INSERT INTO paper_extras (announce_type, ai_summary, ai_keywords, github_repo, updated_at, paper_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", values(incoming))) {
                    return;
                }
                continue; // another ingest inserted it meanwhile: merge with theirs
            }
            PaperExtras merged = existing.get().mergedWith(incoming);
            if (!merged.equals(existing.get())) {
                jdbc.update("UPDATE paper_extras SET announce_type = ?, ai_summary = ?, ai_keywords = ?, github_repo = ?, updated_at = ? "
                        + "WHERE paper_id = ?", values(merged));
            }
            return;
        }
    }

    Optional<PaperExtras> find(String paperId) {
        return jdbc.one("SELECT paper_id, announce_type, ai_summary, ai_keywords, github_repo FROM paper_extras WHERE paper_id = ?",
                JdbcPaperExtras::extras, paperId);
    }

    /** The columns in the order both statements above name them. */
    private Object[] values(PaperExtras e) {
        return new Object[] {clip(e.announceType(), 32), clip(e.aiSummary(), 4000), clip(String.join("\n", e.aiKeywords()), 4000),
            clip(e.githubRepo(), 500), clock.instant(), e.paperId()};
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static PaperExtras extras(ResultSet rs) throws SQLException {
        String keywords = rs.getString("ai_keywords");
        return new PaperExtras(rs.getString("paper_id"), rs.getString("announce_type"), rs.getString("ai_summary"),
                keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split("\n")), rs.getString("github_repo"));
    }
}
