/**
 * Store: the system of record. {@link dev.storyline.store.Store} is the small interface every stage
 * downstream writes and reads through; {@link dev.storyline.store.SqliteStore} keeps it in one SQLite
 * file in WAL mode, its schema versioned by Flyway migrations in {@code db/migration}.
 */
package dev.storyline.store;
