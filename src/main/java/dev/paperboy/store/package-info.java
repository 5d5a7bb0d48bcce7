/**
 * Storage: one database (an H2 file by default, PostgreSQL by JDBC URL) behind HikariCP, migrated by Flyway,
 * and the JDBC implementations of every port. The only package that speaks SQL; the migrations are portable.
 */
package dev.paperboy.store;
