package dev.storyline.ingest.url;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** One spelling for every octet of a URL component (RFC 3986 section 6.2.2.2). */
final class PercentEncoding {

  /** What a path may hold literally besides unreserved characters: pchar and '/' (RFC 3986 section 3.3). */
  static final String PATH = "!$&'()*+,;=:@/";

  /** A query may also hold '?' literally (RFC 3986 section 3.4). */
  static final String QUERY = PATH + "?";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * The component with escaped unreserved characters decoded, other escapes in upper-case hex, and
   * a stray '%' or any character the component may not hold literally escaped as UTF-8 octets. A
   * lone surrogate is escaped as U+FFFD, as a browser sends it. Reserved characters keep their
   * spelling, escaped or not: decoding "%2F" or "%26" would change what the server is asked for.
   */
  static String normalise(String s, String allowed) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        int b = hex(s.charAt(i + 1)) << 4 | hex(s.charAt(i + 2));
        if (unreserved(b)) {
          out.append((char) b);
        } else {
          escape(out, b);
        }
        i += 3;
      } else if (c < 0x80 && (unreserved(c) || allowed.indexOf(c) >= 0)) {
        out.append(c);
        i++;
      } else {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        utf8(out, lone(cp) ? 0xFFFD : cp);
      }
    }
    return out.toString();
  }

  /** The text a percent-encoded host stands for; throws when its octets are not UTF-8. */
  static String decode(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) << 4 | hex(s.charAt(i + 2)));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (lone(cp)) {
          throw new IllegalArgumentException("host has a lone surrogate");
        }
        bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("host is not UTF-8 once percent-decoded");
    }
  }

  /** RFC 3986 section 2.3: ALPHA / DIGIT / "-" / "." / "_" / "~". */
  static boolean unreserved(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  static int hex(char c) {
    return c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : -1;
  }

  /** A surrogate not paired with its partner, which has no UTF-8 form. */
  private static boolean lone(int cp) {
    return cp >= 0xD800 && cp <= 0xDFFF;
  }

  /** Escapes every octet of the code point's UTF-8 form. */
  private static void utf8(StringBuilder out, int cp) {
    if (cp < 0x80) {
      escape(out, cp);
    } else if (cp < 0x800) {
      escape(out, 0xC0 | cp >> 6);
      escape(out, 0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      escape(out, 0xE0 | cp >> 12);
      escape(out, 0x80 | cp >> 6 & 0x3F);
      escape(out, 0x80 | cp & 0x3F);
    } else {
      escape(out, 0xF0 | cp >> 18);
      escape(out, 0x80 | cp >> 12 & 0x3F);
      escape(out, 0x80 | cp >> 6 & 0x3F);
      escape(out, 0x80 | cp & 0x3F);
    }
  }

  private static void escape(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }
}
