package dev.storyline.ingest.feed;

/** What a document that lists articles is. */
public enum Format {
  /** RSS 0.9x or 2.0: a {@code <rss>} root. */
  RSS,
  /** RSS 0.90 or 1.0: an RDF document ({@code <rdf:RDF>} root). */
  RDF,
  /** Atom 1.0 or 0.3: a {@code <feed>} root. */
  ATOM,
  /** JSON Feed 1 or 1.1. */
  JSON_FEED,
  /** A sitemap listing pages: a {@code <urlset>} root. */
  SITEMAP,
  /** A sitemap listing further sitemaps: a {@code <sitemapindex>} root. */
  SITEMAP_INDEX,
  /** An OPML subscription list. */
  OPML,
  /** Anything else, HTML included. */
  UNKNOWN
}
