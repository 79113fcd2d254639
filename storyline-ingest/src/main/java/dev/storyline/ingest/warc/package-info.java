/**
 * Web archives: reading WARC and ARC files as pages, and writing every fetched response to rotated
 * WARC files so that a crawl can be replayed.
 */
package dev.storyline.ingest.warc;
