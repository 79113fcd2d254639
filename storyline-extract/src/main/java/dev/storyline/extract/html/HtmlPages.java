package dev.storyline.extract.html;

import dev.storyline.ingest.TextSniffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Turns the bytes of a web page into a DOM, whatever state the bytes are in. */
public final class HtmlPages {

  /**
   * Bytes of a page that are parsed; the rest is dropped. The heaviest real news pages, inline
   * scripts and all, weigh 2 to 3 MB; 4 MB of dense text extracts in about half a second, which keeps
   * a hostile 50 MB page well inside the two-second budget.
   */
  public static final int MAX_PAGE_BYTES = 4 * 1024 * 1024;

  /** Bytes examined for a charset declaration or the zero bytes of UTF-16. */
  static final int SNIFF_BYTES = 4096;

  /**
   * Share of a page's non-ASCII characters that may fail to decode as UTF-8 while the page is still
   * read as UTF-8: content systems cut teasers at a byte count and leave a broken character or two,
   * while Latin-1 read as UTF-8 fails on nearly every non-ASCII character.
   */
  static final double MAX_BROKEN_UTF8_SHARE = 0.05;

  private static final Pattern DECLARED = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");

  private HtmlPages() {}

  /**
   * Parses a page.
   *
   * @param bytes the page as fetched or read
   * @param url its address, used to resolve relative links; may be null
   * @throws IllegalArgumentException naming the problem when the bytes are empty or not text
   */
  public static Document parse(byte[] bytes, String url) {
    byte[] kept = bytes.length > MAX_PAGE_BYTES ? Arrays.copyOf(bytes, MAX_PAGE_BYTES) : bytes;
    // UTF-16 without a byte-order mark is full of NUL bytes, which the sniffer rightly calls binary.
    Charset wide = utf16WithoutMark(kept);
    if (wide == null) {
      switch (TextSniffer.kind(kept)) {
        case EMPTY -> throw new IllegalArgumentException("empty page");
        case BINARY -> throw new IllegalArgumentException("not a web page (binary content)");
        case TEXT -> { }
      }
    }
    return Parser.htmlParser().parseInput(Prefilter.reader(decode(kept, wide)), url == null ? "" : url);
  }

  /**
   * The page as text: a byte-order mark wins, then the zero bytes of UTF-16, then a declared charset
   * that fits, then UTF-8, then Windows-1252.
   */
  public static String decode(byte[] bytes) {
    return decode(bytes, utf16WithoutMark(bytes));
  }

  /** The same, {@code wide} being what {@link #utf16WithoutMark} says of the bytes. */
  private static String decode(byte[] bytes, Charset wide) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (wide != null) {
      return new String(bytes, wide);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Charset declared = declared(head);
    String utf8 = new String(bytes, 0, trimPartial(bytes), StandardCharsets.UTF_8);
    // Invalid UTF-8 decodes to U+FFFD; valid UTF-8 holds U+FFFD only where its bytes spell it.
    boolean valid = utf8.indexOf('\uFFFD') < 0
        || count(utf8, '\uFFFD') - spelledReplacements(bytes) <= MAX_BROKEN_UTF8_SHARE * nonAscii(utf8);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !(valid && hasHighBytes(bytes))) {
      return new String(bytes, declared);
    }
    // Pages that declare UTF-8 but are Latin-1, or declare nothing, are common: the bytes decide.
    return valid ? utf8 : new String(bytes, Charset.forName("windows-1252"));
  }

  private static Charset declared(String head) {
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      name = "windows-1252"; // browsers read these labels as Windows-1252, and so do authors
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Length without a multi-byte sequence cut off at the end, as truncation leaves one. */
  private static int trimPartial(byte[] b) {
    int end = b.length;
    int i = end - 1;
    while (i >= 0 && i >= end - 4 && (b[i] & 0xC0) == 0x80) {
      i--;
    }
    if (i >= 0 && (b[i] & 0xC0) == 0xC0) {
      int need = (b[i] & 0xE0) == 0xC0 ? 2 : (b[i] & 0xF0) == 0xE0 ? 3 : 4;
      if (end - i < need) {
        return i;
      }
    }
    return end;
  }

  private static int nonAscii(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) >= 0x80 ? 1 : 0;
    }
    return n;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  /** How often the bytes hold U+FFFD encoded in UTF-8 (EF BF BD). */
  private static int spelledReplacements(byte[] b) {
    int n = 0;
    for (int i = 0; i + 2 < b.length; i++) {
      if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasHighBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * UTF-16 without a byte-order mark, told by the zero bytes that ASCII markup leaves on one side
   * of every pair; null for anything else.
   */
  static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
