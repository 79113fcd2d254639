package dev.storyline.ingest.feed;

import java.net.URI;

/** Reads the XML formats, dispatching on the root element the parser reports. */
final class XmlFeedReader {

  private XmlFeedReader() {}

  /**
   * Reads the document, a second time without namespace processing when it uses a prefix it never
   * declares (prefixes such as dc: then take their conventional meaning).
   */
  static Feed read(byte[] bytes, String origin, URI base) throws FeedException {
    XmlCursor c = new XmlCursor(bytes, origin, base, true);
    try {
      return read(c, origin);
    } catch (FeedException e) {
      if (!c.unboundPrefix()) {
        throw e;
      }
    }
    return read(new XmlCursor(bytes, origin, base, false), origin);
  }

  private static Feed read(XmlCursor c, String origin) throws FeedException {
    if (!c.next(0)) {
      throw new FeedException(origin, "no root element");
    }
    Format format = Formats.byRoot(c.name());
    switch (format) {
      case RSS:
      case RDF:
        return RssReader.read(c, format);
      case ATOM:
        return AtomReader.read(c);
      case SITEMAP:
      case SITEMAP_INDEX:
        return SitemapReader.read(c, format);
      default:
        throw new FeedException(origin, "not a feed or sitemap (root element <" + c.name() + ">)");
    }
  }
}
