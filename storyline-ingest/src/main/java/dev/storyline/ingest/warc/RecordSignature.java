package dev.storyline.ingest.warc;

import java.nio.charset.StandardCharsets;

/** What the first bytes of a WARC or ARC record look like. */
final class RecordSignature {

  /**
   * Longest ARC header line recognised: a URL and four short fields; common servers refuse URLs
   * over 8 KB (Apache's default LimitRequestLine is 8190 bytes), so twice that leaves room.
   */
  static final int MAX_ARC_LINE = 16 * 1024;

  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FILEDESC = "filedesc://".getBytes(StandardCharsets.US_ASCII);

  private RecordSignature() {}

  /** Whether content opens an archive: a WARC version line or an ARC file description. */
  static boolean opensArchive(byte[] b) {
    return isWarcLine(b, 0, b.length) || startsWith(b, 0, b.length, FILEDESC) && isArcLine(b, 0, b.length);
  }

  /** Whether content at {@code off} starts like a record: a WARC version line or an ARC header line. */
  static boolean looksLikeRecord(byte[] b, int off, int len) {
    return isWarcLine(b, off, len) || isArcLine(b, off, len);
  }

  /** "WARC/" and a digit: the version line of a WARC record. */
  private static boolean isWarcLine(byte[] b, int off, int len) {
    return len > WARC.length && startsWith(b, off, len, WARC) && Character.isDigit(b[off + WARC.length]);
  }

  /**
   * An ARC v1 header line, "URL IP-address Archive-date Content-type Archive-length": a URL scheme
   * and colon, no control bytes, ended by LF within {@link #MAX_ARC_LINE}, and read from the end
   * (URLs with spaces occur) an address before a date of at least eight digits. HTTP header lines
   * such as "Date: Fri, 03 Jan 2014 03:03:21 GMT" fail on the address.
   */
  private static boolean isArcLine(byte[] b, int off, int len) {
    int end = Math.min(len, MAX_ARC_LINE);
    int i = 0;
    while (i < end && isSchemeByte(b[off + i], i == 0)) {
      i++;
    }
    if (i == 0 || i >= end || b[off + i] != ':') {
      return false;
    }
    int lf = i;
    while (lf < end && b[off + lf] != '\n') {
      int c = b[off + lf] & 0xff;
      if (c < 0x20 && c != '\r' || c == 0x7f) {
        return false;
      }
      lf++;
    }
    if (lf >= end) {
      return false;
    }
    String[] fields = new String(b, off, lf, StandardCharsets.ISO_8859_1).strip().split(" ");
    int n = fields.length;
    return n >= 5 && isAddress(fields[n - 4]) && isDate(fields[n - 3]);
  }

  private static boolean isAddress(String s) {
    return s.chars().allMatch(c -> c == '.' || c == ':' || Character.digit(c, 16) >= 0)
        && (s.indexOf('.') >= 0 || s.indexOf(':') >= 0);
  }

  private static boolean isDate(String s) {
    return s.length() >= 8 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isSchemeByte(byte c, boolean first) {
    boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    return first ? letter : letter || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
  }

  private static boolean startsWith(byte[] b, int off, int len, byte[] prefix) {
    if (len < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[off + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
