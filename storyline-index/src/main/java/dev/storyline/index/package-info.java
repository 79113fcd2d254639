/**
 * Index: full-text search over articles. {@link dev.storyline.index.SearchIndex} is the interface the
 * serving layer uses; {@link dev.storyline.index.LuceneIndex} keeps it in a Lucene directory that can
 * always be rebuilt from the store.
 */
package dev.storyline.index;
