/**
 * Ingest: finds the documents to read and reads each into bytes: files and folders into a
 * {@link dev.storyline.ingest.Document} of bytes and media type, and web pages, fetched or read from
 * archives, into a {@link dev.storyline.ingest.Page}. It refuses input that cannot be an article:
 * missing, empty, binary or oversized. Its packages fetch from the web ({@code net}), read feeds and
 * sitemaps ({@code feed}) and archives ({@code warc}), spell addresses one way ({@code url}) and poll
 * a source ({@code crawl}).
 *
 * <p>Ingest interprets nothing inside an article page; that is the extract stage's work.
 */
package dev.storyline.ingest;
