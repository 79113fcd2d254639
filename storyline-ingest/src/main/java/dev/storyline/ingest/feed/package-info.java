/**
 * Reading the lists that point at articles: RSS, Atom and JSON feeds, sitemaps and sitemap indexes,
 * and OPML subscription lists. No XML document here may declare a DOCTYPE.
 */
package dev.storyline.ingest.feed;
