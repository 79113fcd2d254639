package dev.storyline.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** OPML subscription lists, as feed readers import and export them. */
public final class Opml {

  /**
   * Largest list read: 50,000 subscriptions (the {@link Feeds#MAX_LINKS} bound) of about 200 bytes
   * each.
   */
  public static final int MAX_OPML_BYTES = 10 * 1024 * 1024;

  /**
   * One subscription.
   *
   * @param xmlUrl absolute http(s) address of the feed
   * @param title its title, or null
   * @param htmlUrl absolute http(s) address of the site it belongs to, or null
   */
  public record Outline(String xmlUrl, String title, String htmlUrl) {
    public Outline {
      Objects.requireNonNull(xmlUrl, "xmlUrl");
    }
  }

  private Opml() {}

  /**
   * Every outline with a usable {@code xmlUrl} (absolute http or https, or relative to the origin
   * when that is a URL), folders flattened, in document order, at most {@link Feeds#MAX_LINKS}.
   * The title is the {@code title} attribute, else {@code text}.
   *
   * @throws FeedException when the document is too large, malformed, declares a DOCTYPE, nests
   *     deeper than 64 levels or is not OPML
   */
  public static List<Outline> read(byte[] bytes, String origin) throws FeedException {
    if (bytes.length > MAX_OPML_BYTES) {
      throw new FeedException(origin, "larger than " + MAX_OPML_BYTES + " bytes");
    }
    XmlCursor c = new XmlCursor(bytes, origin, Feeds.base(origin), true);
    try {
      return read(c, origin);
    } catch (FeedException e) {
      if (!c.unboundPrefix()) {
        throw e;
      }
    }
    return read(new XmlCursor(bytes, origin, Feeds.base(origin), false), origin);
  }

  private static List<Outline> read(XmlCursor c, String origin) throws FeedException {
    if (!c.next(0) || !c.name().equalsIgnoreCase("opml")) {
      throw new FeedException(origin, "not an OPML document");
    }
    String core = c.namespace();
    List<Outline> outlines = new ArrayList<>();
    while (outlines.size() < Feeds.MAX_LINKS && c.next(0)) {
      if (c.namespace().equals(core) && c.name().equalsIgnoreCase("outline")) {
        String xmlUrl = c.resolve(c.attribute("xmlUrl"));
        if (xmlUrl != null) {
          String title = c.attribute("title");
          title = title == null || title.isBlank() ? c.attribute("text") : title;
          outlines.add(new Outline(xmlUrl, keep(title), c.resolve(c.attribute("htmlUrl"))));
        }
      }
    }
    return outlines;
  }

  /** A title as written, unless blank; cut to {@link Feeds#MAX_TEXT} chars. */
  private static String keep(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    return title.length() > Feeds.MAX_TEXT ? title.substring(0, Feeds.MAX_TEXT) : title;
  }

  /**
   * An OPML 2.0 document (to be stored as UTF-8) listing the outlines under one title; text that
   * XML cannot carry (control characters, lone surrogates) becomes U+FFFD.
   */
  public static String write(String title, List<Outline> outlines) {
    StringBuilder out = new StringBuilder(256 + 200 * outlines.size());
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>");
    OpmlEscape.append(out, title == null ? "" : title);
    out.append("</title>\n  </head>\n  <body>\n");
    for (Outline o : outlines) {
      out.append("    <outline type=\"rss\" text=\"");
      OpmlEscape.append(out, o.title() == null ? "" : o.title());
      if (o.title() != null) {
        out.append("\" title=\"");
        OpmlEscape.append(out, o.title());
      }
      out.append("\" xmlUrl=\"");
      OpmlEscape.append(out, o.xmlUrl());
      if (o.htmlUrl() != null) {
        out.append("\" htmlUrl=\"");
        OpmlEscape.append(out, o.htmlUrl());
      }
      out.append("\"/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString();
  }
}
