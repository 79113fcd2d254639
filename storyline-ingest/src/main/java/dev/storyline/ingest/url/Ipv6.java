package dev.storyline.ingest.url;

/** IPv6 address literals, in the one spelling RFC 5952 recommends. */
final class Ipv6 {

  private static final int PIECES = 8;

  private Ipv6() {}

  /**
   * The address between the brackets of a URL host, lower-case hex without leading zeros and the
   * longest run of two or more zero pieces (the first, on a tie) written "::" (RFC 5952 section 4).
   * An embedded IPv4 tail ("::ffff:192.0.2.1") is accepted and written as hex pieces, as browsers
   * do. Zone identifiers are refused: they name an interface of one machine, never a site.
   */
  static String canonical(String s) {
    int[] pieces = parse(s);
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < PIECES; ) {
      int j = i;
      while (j < PIECES && pieces[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder(39);
    for (int i = 0; i < PIECES; i++) {
      if (i == bestStart) {
        out.append(i == 0 ? "::" : ":");
        i += bestLength - 1;
        continue;
      }
      out.append(Integer.toHexString(pieces[i]));
      if (i < PIECES - 1) {
        out.append(':');
      }
    }
    return out.toString();
  }

  private static int[] parse(String s) {
    int[] pieces = new int[PIECES];
    int n = 0;
    int compress = -1;
    int i = 0;
    if (s.startsWith("::")) {
      compress = 0;
      i = 2;
    } else if (s.startsWith(":")) {
      throw invalid();
    }
    while (i < s.length()) {
      if (n == PIECES) {
        throw invalid();
      }
      if (s.charAt(i) == ':') {
        if (compress >= 0) {
          throw invalid();
        }
        compress = n;
        i++;
        continue;
      }
      int start = i;
      int value = 0;
      while (i < s.length() && i - start < 4 && PercentEncoding.hex(s.charAt(i)) >= 0) {
        value = value << 4 | PercentEncoding.hex(s.charAt(i));
        i++;
      }
      if (i < s.length() && s.charAt(i) == '.') {
        if (n > PIECES - 2) {
          throw invalid();
        }
        int v4 = ipv4(s.substring(start));
        pieces[n++] = v4 >>> 16;
        pieces[n++] = v4 & 0xFFFF;
        i = s.length();
        break;
      }
      if (i == start) {
        throw invalid();
      }
      pieces[n++] = value;
      if (i < s.length()) {
        if (s.charAt(i) != ':' || i + 1 == s.length()) {
          throw invalid();
        }
        i++;
      }
    }
    if (compress >= 0) {
      if (n == PIECES) {
        throw invalid();
      }
      int moved = n - compress;
      System.arraycopy(pieces, compress, pieces, PIECES - moved, moved);
      java.util.Arrays.fill(pieces, compress, PIECES - moved, 0);
    } else if (n != PIECES) {
      throw invalid();
    }
    return pieces;
  }

  /** Four decimal parts of 0 to 255 without leading zeros, as the 32 bits they spell. */
  private static int ipv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      throw invalid();
    }
    int v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0'
          || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw invalid();
      }
      int part = Integer.parseInt(p);
      if (part > 255) {
        throw invalid();
      }
      v = v << 8 | part;
    }
    return v;
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("host is not a valid IPv6 address");
  }
}
