package dev.storyline.ingest.net;

import java.util.Optional;

/** IPv6 text to sixteen bytes and back: the WHATWG URL Standard's IPv6 parser and RFC 5952's canonical form. */
final class Ipv6Text {

  /** Sixteen-bit pieces in an address (RFC 4291 section 2.2). */
  static final int PIECES = 8;

  /** Most hex digits in a piece (RFC 4291 section 2.2). */
  static final int MAX_PIECE_DIGITS = 4;

  private Ipv6Text() {}

  /** The address's bytes, or empty when the text is not an IPv6 address (a zone identifier included). */
  static Optional<byte[]> parse(String s) {
    int[] address = new int[PIECES];
    int piece = 0;
    int compress = -1;
    int p = 0;
    int n = s.length();
    if (p < n && s.charAt(p) == ':') {
      if (p + 1 >= n || s.charAt(p + 1) != ':') {
        return Optional.empty();
      }
      p += 2;
      compress = ++piece;
    }
    while (p < n) {
      if (piece == PIECES) {
        return Optional.empty();
      }
      if (s.charAt(p) == ':') {
        if (compress >= 0) {
          return Optional.empty();
        }
        p++;
        compress = ++piece;
        continue;
      }
      int value = 0;
      int length = 0;
      while (length < MAX_PIECE_DIGITS && p < n && HostLiterals.asciiDigit(s.charAt(p), 16) >= 0) {
        value = value * 16 + HostLiterals.asciiDigit(s.charAt(p), 16);
        p++;
        length++;
      }
      if (p < n && s.charAt(p) == '.') {
        if (length == 0 || piece > PIECES - 2 || !ipv4Tail(s, p - length, address, piece)) {
          return Optional.empty();
        }
        piece += 2;
        break;
      }
      if (p < n && s.charAt(p) == ':') {
        p++;
        if (p == n) {
          return Optional.empty();
        }
      } else if (p < n) {
        return Optional.empty();
      }
      address[piece++] = value;
    }
    if (compress >= 0) {
      int swaps = piece - compress;
      for (int i = PIECES - 1; i != 0 && swaps > 0; i--, swaps--) {
        int t = address[i];
        address[i] = address[compress + swaps - 1];
        address[compress + swaps - 1] = t;
      }
    } else if (piece != PIECES) {
      return Optional.empty();
    }
    byte[] bytes = new byte[2 * PIECES];
    for (int i = 0; i < PIECES; i++) {
      bytes[2 * i] = (byte) (address[i] >>> 8);
      bytes[2 * i + 1] = (byte) address[i];
    }
    return Optional.of(bytes);
  }

  /** Reads a dotted-decimal tail (four parts, no leading zeros) from p to the end into two pieces. */
  private static boolean ipv4Tail(String s, int p, int[] address, int piece) {
    int seen = 0;
    while (p < s.length()) {
      if (seen > 0) {
        if (s.charAt(p) != '.' || seen == 4) {
          return false;
        }
        p++;
      }
      int start = p;
      int part = 0;
      while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
        if (p > start && part == 0) {
          return false;
        }
        part = part * 10 + (s.charAt(p++) - '0');
        if (part > 255) {
          return false;
        }
      }
      if (p == start) {
        return false;
      }
      address[piece + seen / 2] = address[piece + seen / 2] * 0x100 + part;
      seen++;
    }
    return seen == 4;
  }

  /** RFC 5952 text: lower-case hex without leading zeros, the first longest run of two or more zero pieces as "::". */
  static String format(byte[] b) {
    int[] piece = new int[PIECES];
    for (int i = 0; i < PIECES; i++) {
      piece[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
    }
    boolean mapped = piece[0] == 0 && piece[1] == 0 && piece[2] == 0 && piece[3] == 0 && piece[4] == 0 && piece[5] == 0xffff;
    if (mapped) {
      return "::ffff:" + HostLiterals.dotted(b, 12);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < PIECES; ) {
      int j = i;
      while (j < PIECES && piece[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < PIECES; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(piece[i]));
    }
    return text.toString();
  }
}
