package dev.storyline.ingest.feed;

import java.util.Map;

/** The XML namespaces feeds and sitemaps use, and the prefixes conventionally bound to them. */
final class Namespaces {

  static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
  static final String RSS_10 = "http://purl.org/rss/1.0/";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  static final String ATOM_03 = "http://purl.org/atom/ns#";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  /**
   * Meaning assumed for prefixes a document uses without declaring them, as some hand-made feeds
   * do; a prefix not listed here gets a namespace of its own that matches nothing.
   */
  private static final Map<String, String> CONVENTIONAL = Map.of(
      "rdf", RDF, "dc", DC, "atom", ATOM_10, "news", NEWS, "content", "http://purl.org/rss/1.0/modules/content/");

  private Namespaces() {}

  /** Whether this is a version of the Google News sitemap namespace (0.9, or the older 0.84). */
  static boolean isNews(String namespace) {
    return namespace.startsWith("http://www.google.com/schemas/sitemap-news/");
  }

  static String conventional(String prefix) {
    return CONVENTIONAL.getOrDefault(prefix, "urn:undeclared-prefix:" + prefix);
  }
}
