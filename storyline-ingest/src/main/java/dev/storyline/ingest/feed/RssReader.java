package dev.storyline.ingest.feed;

import java.util.Locale;
import java.util.Set;

/** RSS 0.9x and 2.0 ({@code <rss>}) and RSS 0.90 and 1.0 ({@code <rdf:RDF>}). */
final class RssReader {

  private RssReader() {}

  /** Reads the document whose root the cursor is on. */
  static Feed read(XmlCursor c, Format format) throws FeedException {
    // RSS 2.0 elements have no namespace (the root's); RDF feeds put theirs in an RSS namespace
    Set<String> core = format == Format.RDF
        ? Set.of(Namespaces.RSS_10, Namespaces.RSS_090, "") : Set.of(c.namespace());
    FeedBuilder feed = new FeedBuilder(format);
    while (!feed.full() && c.next(0)) {
      if (!core.contains(c.namespace())) {
        continue;
      }
      if (c.name().equalsIgnoreCase("item")) {
        feed.add(item(c, core));
      } else if (c.name().equalsIgnoreCase("title") && "channel".equalsIgnoreCase(c.parent())) {
        feed.title(Text.clean(c.text()));
      }
    }
    return feed.build();
  }

  private static LinkBuilder item(XmlCursor c, Set<String> core) throws FeedException {
    LinkBuilder item = new LinkBuilder();
    String about = c.resolve(c.attribute(Namespaces.RDF, "about"));
    int depth = c.depth();
    while (c.next(depth)) {
      if (c.depth() != depth + 1) {
        continue;
      }
      String name = c.name().toLowerCase(Locale.ROOT);
      if (core.contains(c.namespace())) {
        switch (name) {
          case "link" -> item.url(c.textAsUrl());
          case "guid" -> {
            boolean permalink = !"false".equalsIgnoreCase(String.valueOf(c.attribute("isPermaLink")).strip());
            String guid = c.textAsUrl();
            if (permalink) {
              item.fallbackUrl(guid);
            }
          }
          case "title" -> item.title(Text.clean(c.text()));
          case "description" -> item.summary(Text.clean(c.text()));
          case "pubdate" -> item.published(Dates.parse(c.text()));
          case "author" -> item.author(Text.person(c.text()));
          default -> { }
        }
      } else if (c.namespace().equals(Namespaces.DC)) {
        switch (name) {
          case "creator" -> item.author(Text.person(c.text()));
          case "date" -> item.published(Dates.parse(c.text()));
          case "title" -> item.title(Text.clean(c.text()));
          case "description" -> item.summary(Text.clean(c.text()));
          default -> { }
        }
      }
    }
    item.fallbackUrl(about);
    return item;
  }
}
