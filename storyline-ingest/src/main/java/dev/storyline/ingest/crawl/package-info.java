/**
 * Crawling: polling a source (a feed, a sitemap or a page), finding the articles it lists that are
 * not yet known, and fetching them. What is known, and what becomes of each page, is the caller's.
 */
package dev.storyline.ingest.crawl;
