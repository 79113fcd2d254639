package dev.storyline.ingest.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;

/** Tells what a document that may list articles is, without reading it through. */
public final class Formats {

  private Formats() {}

  /**
   * What the bytes hold, judged by the name of the XML root element or by the {@code version} of a
   * JSON object (a JSON Feed names {@code https://jsonfeed.org/version/1} or {@code /1.1}); gzip is
   * unwrapped first. HTML and anything unrecognised are {@link Format#UNKNOWN}. Never throws.
   */
  public static Format sniff(byte[] bytes) {
    return sniffPlain(Gzip.isGzip(bytes) ? Gzip.inflatePrefix(bytes, Feeds.MAX_SITEMAP_BYTES) : bytes);
  }

  /** As {@link #sniff}, for bytes already unwrapped. */
  static Format sniffPlain(byte[] bytes) {
    Prolog p = Prolog.of(bytes);
    if (p.json) {
      return isJsonFeed(bytes) ? Format.JSON_FEED : Format.UNKNOWN;
    }
    return p.root == null ? Format.UNKNOWN : byRoot(p.rootLocalName());
  }

  /** The format an XML root element of this local name announces. */
  static Format byRoot(String localName) {
    switch (localName.toLowerCase(Locale.ROOT)) {
      case "rss": return Format.RSS;
      case "rdf": return Format.RDF;
      case "feed": return Format.ATOM;
      case "urlset": return Format.SITEMAP;
      case "sitemapindex": return Format.SITEMAP_INDEX;
      case "opml": return Format.OPML;
      default: return Format.UNKNOWN;
    }
  }

  /** Whether a top-level {@code version} names JSON Feed; other members are skipped unread. */
  private static boolean isJsonFeed(byte[] bytes) {
    try (JsonParser p = JsonFeedReader.JSON.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("version".equals(name) && value == JsonToken.VALUE_STRING) {
          return JsonFeedReader.isJsonFeedVersion(p.getText());
        }
        p.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
