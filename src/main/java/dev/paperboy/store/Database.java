package dev.paperboy.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The one database: a HikariCP pool, migrated by Flyway when opened. */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool and applies any pending migration. The password comes from the environment, never config. */
    public static Database open(String url, String user, String password, int poolSize) {
        return open(url, user, password, poolSize, Optional.empty());
    }

    /**
     * As {@link #open(String, String, String, int)}, with the pool's metrics reported to {@code metricRegistry} (a
     * Micrometer {@code MeterRegistry}, taken as an Object so this package needs no metrics library of its own).
     */
    public static Database open(String url, String user, String password, int poolSize, Optional<Object> metricRegistry) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(shared(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("paperboy");
        metricRegistry.ifPresent(config::setMetricRegistry);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database at " + redacted(url) + ": " + firstLine(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            pool.close();
            throw new StoreException("cannot migrate the database at " + redacted(url) + ": " + firstLine(e), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    /**
     * The URL every process of Paperboy opens an H2 file with: {@code AUTO_SERVER=TRUE}, so whichever process opens
     * the file first (the bot, normally) serves it over a local TCP port written in its lock file, and the others
     * ({@code backup}, {@code ingest}, {@code search}, {@code tag --retag}) go through it instead of failing on the
     * lock. In-memory, server and PostgreSQL URLs are returned as they are.
     */
    public static String shared(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:") || lower.contains(";auto_server=")) {
            return url;
        }
        return url + ";AUTO_SERVER=TRUE";
    }

    /**
     * A JDBC URL fit for a log or an error message: without its options and query (H2's {@code ;PASSWORD=…},
     * PostgreSQL's {@code ?password=…}) and without any {@code user:password@} in it.
     */
    public static String redacted(String url) {
        String bare = url.split("[;?]", 2)[0];
        return bare.replaceAll("//[^/@]*@", "//");
    }

    /** The first line of an error's message, with any JDBC URL in it redacted: drivers quote the URL they were given. */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return message.replaceAll("jdbc:[^\\s\"']+", "<url>");
    }

    public DataSource dataSource() {
        return pool;
    }

    public boolean isH2() {
        return pool.getJdbcUrl().startsWith("jdbc:h2:");
    }

    /** Empty when a connection answers within two seconds, else why not: what readiness reports. */
    public Optional<String> problem() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2) ? Optional.empty() : Optional.of("the database does not answer");
        } catch (SQLException | RuntimeException e) {
            return Optional.of("the database is unreachable: " + firstLine(e));
        }
    }

    /** H2 only: a consistent online backup, as a zip. */
    public void backupTo(java.nio.file.Path file) {
        new Jdbc(pool).update("BACKUP TO ?", file.toAbsolutePath().toString());
    }

    @Override
    public void close() {
        pool.close();
    }
}
