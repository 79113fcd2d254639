package dev.storyline.ingest.feed;

import dev.storyline.ingest.TextSniffer;
import java.net.URI;
import java.util.Locale;

/** Reads feeds and sitemaps into the links they list. */
public final class Feeds {

  /**
   * Largest document read, after gzip is unwrapped: sitemaps.org allows a sitemap 50 MB
   * (52,428,800 bytes) uncompressed, and no feed comes near that.
   */
  public static final int MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

  /** Most entries read from one document: sitemaps.org allows 50,000 URLs per sitemap (and per index). */
  public static final int MAX_LINKS = 50_000;

  /**
   * Longest text kept per field, in chars. Titles take a few hundred; feeds that put whole articles
   * in their descriptions reach tens of thousands of characters of HTML.
   */
  public static final int MAX_TEXT = 100_000;

  /**
   * Longest URL kept: sitemaps.org requires a loc of less than 2,048 characters, and links in feeds
   * are no longer in practice; longer ones are dropped rather than cut.
   */
  public static final int MAX_URL_LENGTH = 2047;

  private Feeds() {}

  /**
   * Reads RSS 0.9x and 2.0, RSS 0.90 and 1.0 (RDF), Atom 1.0 and 0.3, JSON Feed 1 and 1.1, sitemaps
   * (with Google News titles and dates) and sitemap indexes, gzipped or not. Relative addresses are
   * resolved against {@code xml:base} and the origin when it is a URL; entries without an http or
   * https address are left out; at most {@link #MAX_LINKS} entries are read.
   *
   * @param origin the document's URL, or a file path; names the document in messages
   * @throws FeedException when the document is malformed, too large, declares a DOCTYPE, nests
   *     deeper than 64 levels, or is not a feed or sitemap (an OPML list included)
   */
  public static Feed read(byte[] bytes, String origin) throws FeedException {
    byte[] plain = Gzip.isGzip(bytes) ? Gzip.inflate(bytes, MAX_SITEMAP_BYTES, origin) : bytes;
    if (plain.length > MAX_SITEMAP_BYTES) {
      throw new FeedException(origin, "larger than " + MAX_SITEMAP_BYTES + " bytes (sitemaps.org limit)");
    }
    URI base = base(origin);
    switch (Formats.sniffPlain(plain)) {
      case JSON_FEED:
        return JsonFeedReader.read(plain, origin, base);
      case OPML:
        throw new FeedException(origin, "an OPML subscription list, not a feed (read it with Opml.read)");
      case UNKNOWN:
        throw new FeedException(origin, unknown(plain));
      default:
        return XmlFeedReader.read(plain, origin, base);
    }
  }

  /** The origin as a base for relative links when it is an http(s) URL; null for a file path. */
  static URI base(String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    String url = lower.startsWith("http://") || lower.startsWith("https://") ? Hrefs.absolute(null, origin) : null;
    return url == null ? null : URI.create(url);
  }

  private static String unknown(byte[] plain) {
    Prolog p = Prolog.of(plain);
    if (TextSniffer.kind(plain) == TextSniffer.Kind.EMPTY) {
      return "empty document";
    } else if (p.root != null && p.rootLocalName().equalsIgnoreCase("html")) {
      return "an HTML page, not a feed or sitemap";
    } else if (p.root != null) {
      return "not a feed or sitemap (root element <" + p.root + ">)";
    }
    return p.json ? "JSON that is not a JSON Feed" : "not a feed or sitemap";
  }
}
