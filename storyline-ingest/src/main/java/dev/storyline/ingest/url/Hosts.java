package dev.storyline.ingest.url;

import dev.storyline.ingest.net.HostLiterals;
import java.net.IDN;
import java.util.Locale;

/** Host names in the one spelling DNS answers to: ASCII, lower-case, international names as punycode. */
final class Hosts {

  /** A domain name is at most 253 characters in text (RFC 1035 section 2.3.4: 255 octets on the wire). */
  static final int MAX_HOST_LENGTH = 253;

  private Hosts() {}

  /**
   * The canonical spelling of a URL's host: a bracketed IPv6 literal, or a domain name
   * percent-decoded, converted to ASCII by IDNA (java.net.IDN) and lower-cased. Names are kept to
   * letters, digits, '-', '_' and '.', the characters real hosts use; anything else is refused.
   */
  static String canonical(String raw) {
    if (raw.startsWith("[")) {
      if (!raw.endsWith("]") || raw.length() < 3) {
        throw new IllegalArgumentException("host is not a valid IPv6 address");
      }
      // One IPv6 reader and writer for the whole crawler: the address guard's, which refuses zone ids.
      return "[" + HostLiterals.parseIpv6(raw.substring(1, raw.length() - 1)).map(HostLiterals::format)
          .orElseThrow(() -> new IllegalArgumentException("host is not a valid IPv6 address")) + "]";
    }
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("no host");
    }
    String host = raw.indexOf('%') >= 0 ? PercentEncoding.decode(raw) : raw;
    String ascii;
    try {
      ascii = IDN.toASCII(host).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("host is not a valid domain name");
    }
    String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
    if (name.isEmpty() || name.length() > MAX_HOST_LENGTH) {
      throw new IllegalArgumentException(name.isEmpty() ? "no host" : "host longer than " + MAX_HOST_LENGTH + " characters");
    }
    char previous = '.';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
      if (!letter && c != '.') {
        throw new IllegalArgumentException("host has a character not allowed in a domain name");
      }
      if (c == '.' && previous == '.') {
        throw new IllegalArgumentException("host has an empty label");
      }
      previous = c;
    }
    return ascii;
  }
}
