/**
 * Store: the system of record. {@link dev.storyline.store.Store} is the one interface every stage
 * downstream writes and reads through: articles with their addresses, fingerprints and versions,
 * stories, events, replies, and the followed sources with their polling state and items.
 * {@link dev.storyline.store.SqliteStore} keeps it in one SQLite file in WAL mode, its schema
 * versioned by Flyway migrations in {@code db/migration}.
 */
package dev.storyline.store;
