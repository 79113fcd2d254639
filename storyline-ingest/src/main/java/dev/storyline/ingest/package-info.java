/**
 * Ingest: finds the documents to read (files and folders today; feeds, sitemaps and WARC later) and
 * reads each into a {@link dev.storyline.ingest.Document} of bytes and media type, refusing input that
 * cannot be an article: missing, empty, binary or oversized.
 *
 * <p>Ingest interprets nothing inside a document; that is the extract stage's work.
 */
package dev.storyline.ingest;
