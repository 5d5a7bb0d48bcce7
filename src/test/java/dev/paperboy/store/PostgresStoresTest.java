package dev.paperboy.store;

/** The store tests, Flyway's migrations included, on a real PostgreSQL. */
class PostgresStoresTest extends StoresTest {

    @Override
    String freshUrl() {
        return Postgres.freshDatabase();
    }

    @Override
    String user() {
        return Postgres.USER;
    }
}
