package dev.paperboy.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("paperboy");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            pool.close();
            throw new StoreException("cannot migrate the database at " + url + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    public boolean isH2() {
        return pool.getJdbcUrl().startsWith("jdbc:h2:");
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
