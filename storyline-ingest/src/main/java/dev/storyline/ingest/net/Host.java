package dev.storyline.ingest.net;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * A host as the guard judges it: an IP address in canonical text, or a DNS name in lower-case ASCII.
 *
 * @param name the canonical address text without brackets, or the DNS name (a trailing dot kept)
 * @param address the address when the host is an IP literal, else null
 */
record Host(String name, InetAddress address) {

  /** Longest DNS name in text, a trailing dot aside (RFC 1035 section 2.3.4: 255 octets on the wire). */
  static final int MAX_NAME_CHARS = 253;

  /** Longest DNS label (RFC 1035 section 2.3.4). */
  static final int MAX_LABEL_CHARS = 63;

  /**
   * Reads a host in any spelling: a bracketed or bare IPv6 literal, an IPv4 address in any WHATWG
   * spelling, or a DNS name, international ones converted to ASCII first (so that full-width digits
   * and ideographic dots are read as the ASCII a resolver would see).
   *
   * @param input what to name in a refusal
   */
  static Host parse(String input, String raw) throws Refusal {
    if (raw.isEmpty()) {
      throw new Refusal(input, "missing host");
    }
    if (raw.length() > MAX_NAME_CHARS + 2) {
      throw new Refusal(input, "host longer than " + MAX_NAME_CHARS + " characters");
    }
    boolean bracketed = raw.startsWith("[");
    if (bracketed || raw.indexOf(':') >= 0) {
      if (bracketed != raw.endsWith("]")) {
        throw new Refusal(input, "unbalanced brackets around IPv6 address");
      }
      String text = bracketed ? raw.substring(1, raw.length() - 1) : raw;
      if (text.indexOf('%') >= 0) {
        throw new Refusal(input, "IPv6 zone identifier not allowed");
      }
      Inet6Address a = HostLiterals.parseIpv6(text).orElseThrow(() -> new Refusal(input, "malformed IPv6 address"));
      return new Host(HostLiterals.format(a), a);
    }
    String ascii = toAscii(input, raw);
    if (HostLiterals.endsInNumber(ascii)) {
      Inet4Address a = HostLiterals.parseIpv4(ascii).orElseThrow(() -> new Refusal(input, "malformed IPv4 address"));
      return new Host(HostLiterals.format(a), a);
    }
    checkName(input, ascii);
    return new Host(ascii, null);
  }

  private static String toAscii(String input, String raw) throws Refusal {
    if (raw.chars().allMatch(c -> c < 0x80)) {
      return raw.toLowerCase(Locale.ROOT);
    }
    try {
      return IDN.toASCII(raw).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new Refusal(input, "invalid international host name");
    }
  }

  /** Letters, digits, hyphens and underscores in non-empty labels: nothing a resolver or URL parser could read otherwise. */
  private static void checkName(String input, String name) throws Refusal {
    String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (bare.length() > MAX_NAME_CHARS) {
      throw new Refusal(input, "host name longer than " + MAX_NAME_CHARS + " characters");
    }
    int label = 0;
    for (int i = 0; i <= bare.length(); i++) {
      char c = i < bare.length() ? bare.charAt(i) : '.';
      if (c == '.') {
        if (label == 0 || label > MAX_LABEL_CHARS) {
          throw new Refusal(input, label == 0 ? "empty label in host name" : "host name label longer than " + MAX_LABEL_CHARS);
        }
        label = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        label++;
      } else {
        throw new Refusal(input, "invalid character '" + c + "' in host name");
      }
    }
  }

  /** The host as written in a URI: IPv6 addresses in brackets. */
  String uriText() {
    return address instanceof Inet6Address ? "[" + name + "]" : name;
  }

  /** The host for comparison with an allowlist: a DNS name without its trailing dot. */
  String key() {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  /** Whether the name is "localhost" or under it, which RFC 6761 section 6.3 reserves for the local host. */
  boolean isLocalhostName() {
    String k = key();
    return address == null && (k.equals("localhost") || k.endsWith(".localhost"));
  }
}
