package dev.paperboy.store;

import dev.paperboy.paper.source.SourceRunStore;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** When each paper source last ran without a failure, in {@code source_runs}. */
public final class JdbcSourceRunStore implements SourceRunStore {

    private final Jdbc jdbc;

    public JdbcSourceRunStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<Instant> lastSuccess(String source) {
        return jdbc.one("SELECT last_success FROM source_runs WHERE source = ?", rs -> Jdbc.instant(rs, "last_success"), source);
    }

    @Override
    public void recordSuccess(String source, Instant at) {
        if (jdbc.update("UPDATE source_runs SET last_success = ? WHERE source = ?", at, source) == 0
                && !jdbc.insertUnique("INSERT INTO source_runs (source, last_success) VALUES (?, ?)", source, at)) {
            jdbc.update("UPDATE source_runs SET last_success = ? WHERE source = ?", at, source);
        }
    }
}
