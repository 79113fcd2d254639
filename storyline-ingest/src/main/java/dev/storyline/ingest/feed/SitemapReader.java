package dev.storyline.ingest.feed;

import java.util.Locale;

/**
 * Sitemaps (sitemaps.org 0.9) with the Google News extension, and sitemap indexes. Image, video
 * and hreflang extensions name no articles and are passed over.
 */
final class SitemapReader {

  private SitemapReader() {}

  /** Reads the document whose root the cursor is on. */
  static Feed read(XmlCursor c, Format format) throws FeedException {
    // Old sitemaps use Google's namespace or none at all, so core elements are those in the root's
    String core = c.namespace();
    String entry = format == Format.SITEMAP ? "url" : "sitemap";
    FeedBuilder feed = new FeedBuilder(format);
    while (!feed.full() && c.next(0)) {
      if (c.depth() == 2 && c.namespace().equals(core) && c.name().equalsIgnoreCase(entry)) {
        if (format == Format.SITEMAP) {
          feed.add(url(c, core));
        } else {
          feed.sitemap(loc(c, core));
        }
      }
    }
    return feed.build();
  }

  private static LinkBuilder url(XmlCursor c, String core) throws FeedException {
    LinkBuilder item = new LinkBuilder();
    int depth = c.depth();
    while (c.next(depth)) {
      String name = c.name().toLowerCase(Locale.ROOT);
      if (c.depth() == depth + 1 && c.namespace().equals(core)) {
        switch (name) {
          case "loc" -> item.url(c.textAsUrl());
          case "lastmod" -> item.fallbackPublished(Dates.parse(c.text()));
          default -> { }
        }
      } else if (Namespaces.isNews(c.namespace())) {
        switch (name) {
          case "title" -> item.title(Text.clean(c.text()));
          case "publication_date" -> item.published(Dates.parse(c.text()));
          default -> { }
        }
      }
    }
    return item;
  }

  /** The address in a url or sitemap element, the cursor on it. */
  private static String loc(XmlCursor c, String core) throws FeedException {
    return c.firstChild(core, "loc", XmlCursor::textAsUrl);
  }
}
