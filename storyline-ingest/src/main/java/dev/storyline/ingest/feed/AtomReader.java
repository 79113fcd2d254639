package dev.storyline.ingest.feed;

import java.util.Locale;

/** Atom 1.0 and 0.3 feeds. */
final class AtomReader {

  /** The alternate relation written as an IRI, which RFC 4287 allows in place of "alternate". */
  private static final String ALTERNATE_IRI = "http://www.iana.org/assignments/relation/alternate";

  private AtomReader() {}

  /** Reads the document whose root the cursor is on; entries without authors get the feed's. */
  static Feed read(XmlCursor c) throws FeedException {
    String core = c.namespace();
    FeedBuilder feed = new FeedBuilder(Format.ATOM);
    while (!feed.full() && c.next(0)) {
      if (!c.namespace().equals(core)) {
        continue;
      }
      if (c.name().equalsIgnoreCase("entry")) {
        feed.add(entry(c, core));
      } else if (c.depth() == 2 && c.name().equalsIgnoreCase("title")) {
        feed.title(Text.clean(c.text()));
      } else if (c.depth() == 2 && c.name().equalsIgnoreCase("author")) {
        feed.author(name(c, core));
      }
    }
    return feed.build();
  }

  private static LinkBuilder entry(XmlCursor c, String core) throws FeedException {
    LinkBuilder item = new LinkBuilder();
    int depth = c.depth();
    while (c.next(depth)) {
      if (c.depth() != depth + 1 || !c.namespace().equals(core)) {
        continue;
      }
      switch (c.name().toLowerCase(Locale.ROOT)) {
        case "link" -> {
          String rel = c.attribute("rel");
          if (rel == null || rel.strip().equalsIgnoreCase("alternate") || rel.strip().equals(ALTERNATE_IRI)) {
            item.url(c.resolve(c.attribute("href")));
          }
        }
        case "title" -> item.title(Text.clean(c.text()));
        case "summary" -> item.summary(Text.clean(c.text()));
        // Atom 0.3 called these issued and modified
        case "published", "issued" -> item.published(Dates.parse(c.text()));
        case "updated", "modified" -> item.fallbackPublished(Dates.parse(c.text()));
        case "author" -> item.author(name(c, core));
        default -> { }
      }
    }
    return item;
  }

  /** The name in a person construct, the cursor on its element. */
  private static String name(XmlCursor c, String core) throws FeedException {
    return c.firstChild(core, "name", x -> Text.person(x.text()));
  }
}
