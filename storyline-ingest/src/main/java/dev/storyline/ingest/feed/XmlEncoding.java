package dev.storyline.ingest.feed;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of an XML document, found as XML 1.0 appendix F describes: a byte order
 * mark, else the zero bytes around the first characters, else the encoding declaration, else UTF-8.
 * Documents are decoded here rather than by the parser, so that the DOCTYPE check reads exactly
 * what the parser will, and so that bad bytes become U+FFFD instead of failing the whole feed.
 */
record XmlEncoding(Charset charset, int bomLength) {

  /** How far into the document the encoding declaration is looked for; it must come first. */
  static final int DECLARATION_BYTES = 200;

  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  /** The encoding; an unknown declared encoding is taken as UTF-8. Never throws. */
  static XmlEncoding detect(byte[] bytes) {
    try {
      return detect(bytes, null);
    } catch (FeedException e) {
      return new XmlEncoding(StandardCharsets.UTF_8, 0);
    }
  }

  /**
   * The encoding.
   *
   * @param origin names the document when the declared encoding is unknown; null to fall back to UTF-8
   */
  static XmlEncoding detect(byte[] bytes, String origin) throws FeedException {
    int b0 = at(bytes, 0);
    int b1 = at(bytes, 1);
    int b2 = at(bytes, 2);
    int b3 = at(bytes, 3);
    if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
      return new XmlEncoding(StandardCharsets.UTF_8, 3);
    } else if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff) {
      return new XmlEncoding(Charset.forName("UTF-32BE"), 4);
    } else if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
      return new XmlEncoding(Charset.forName("UTF-32LE"), 4);
    } else if (b0 == 0xfe && b1 == 0xff) {
      return new XmlEncoding(StandardCharsets.UTF_16BE, 2);
    } else if (b0 == 0xff && b1 == 0xfe) {
      return new XmlEncoding(StandardCharsets.UTF_16LE, 2);
    } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return new XmlEncoding(Charset.forName("UTF-32BE"), 0);
    } else if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return new XmlEncoding(Charset.forName("UTF-32LE"), 0);
    } else if (b0 == 0 && b1 > 0) {
      return new XmlEncoding(StandardCharsets.UTF_16BE, 0);
    } else if (b0 > 0 && b1 == 0) {
      return new XmlEncoding(StandardCharsets.UTF_16LE, 0);
    }
    return new XmlEncoding(declared(bytes, origin), 0);
  }

  private static Charset declared(byte[] bytes, String origin) throws FeedException {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1);
    // a document in 8-bit bytes that declares UTF-16 or UTF-32 is mistaken; its bytes say 8-bit
    if (name.toUpperCase(Locale.ROOT).startsWith("UTF-16") || name.toUpperCase(Locale.ROOT).startsWith("UTF-32")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      if (origin == null) {
        return StandardCharsets.UTF_8;
      }
      throw new FeedException(origin, "unsupported encoding " + name);
    }
  }

  private static int at(byte[] bytes, int i) {
    return i < bytes.length ? bytes[i] & 0xff : -1;
  }
}
