package dev.storyline.ingest.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IP addresses spelled as URL hosts, read the way browsers read them (WHATWG URL Standard, "host
 * parsing"), so that no spelling a browser or HTTP library would take for an address passes as a
 * host name. Nothing here consults DNS or the JDK's own literal parsing.
 */
public final class HostLiterals {

  /** Most dot-separated parts in an IPv4 spelling (WHATWG IPv4 parser, step 4). */
  static final int MAX_IPV4_PARTS = 4;

  private static final long FAILURE = -1;

  /** Above any 32-bit value: stands for every overflowing number, so that long digit runs cannot wrap. */
  private static final long TOO_BIG = 1L << 32;

  private HostLiterals() {}

  /**
   * Whether a host "ends in a number" (WHATWG): its last label, ignoring one trailing dot, is
   * decimal digits or a 0x-prefixed hex number. Such a host is an IPv4 address or is invalid; it is
   * never a DNS name.
   */
  public static boolean endsInNumber(String host) {
    String h = host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
    String last = h.substring(h.lastIndexOf('.') + 1);
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return ipv4Number(last) != FAILURE;
  }

  /**
   * The IPv4 address a host spells, by the WHATWG IPv4 parser: one to four dot-separated parts, each
   * decimal, hex (0x prefix, digits optional) or octal (leading 0), the last filling the remaining
   * bytes, one trailing dot allowed. Empty when the host is not such a spelling or a part overflows.
   */
  public static Optional<Inet4Address> parseIpv4(String host) {
    String h = host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
    int dots = (int) h.chars().filter(c -> c == '.').count();
    if (dots >= MAX_IPV4_PARTS) {
      return Optional.empty();
    }
    String[] parts = h.split("\\.", -1);
    long value = 0;
    for (int i = 0; i < parts.length; i++) {
      long n = ipv4Number(parts[i]);
      boolean last = i == parts.length - 1;
      if (n == FAILURE || (!last && n > 255) || (last && n >= 1L << (8 * (MAX_IPV4_PARTS - i)))) {
        return Optional.empty();
      }
      value = last ? value + n : value + (n << (8 * (3 - i)));
    }
    byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    return Optional.of(ipv4(b));
  }

  /** One part of an IPv4 spelling (WHATWG "IPv4 number parser"), TOO_BIG when it overflows, or FAILURE. */
  private static long ipv4Number(String part) {
    if (part.isEmpty()) {
      return FAILURE;
    }
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.charAt(0) == '0') {
      radix = 8;
      digits = part.substring(1);
    }
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = asciiDigit(digits.charAt(i), radix);
      if (d < 0) {
        return FAILURE;
      }
      n = Math.min(n * radix + d, TOO_BIG);
    }
    return n;
  }

  /** The value of an ASCII digit in the radix, or -1; Character.digit would also take other scripts' digits. */
  static int asciiDigit(char c, int radix) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    return d < radix ? d : -1;
  }

  /** An address of four bytes, made without any lookup. */
  static Inet4Address ipv4(byte[] bytes) {
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not 4 bytes", e);
    }
  }

  /** An address of sixteen bytes that stays IPv6 even when IPv4-mapped (InetAddress.getByAddress would unwrap it). */
  static Inet6Address ipv6(byte[] bytes) {
    try {
      return Inet6Address.getByAddress(null, bytes, -1);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not 16 bytes", e);
    }
  }

  /**
   * The IPv6 address in a literal without brackets or zone (RFC 4291 section 2.2, read by the
   * WHATWG IPv6 parser, which takes a dotted-decimal IPv4 tail), or empty when malformed.
   */
  public static Optional<Inet6Address> parseIpv6(String text) {
    return Ipv6Text.parse(text).map(HostLiterals::ipv6);
  }

  /**
   * The canonical text of an address: a dotted quad, or RFC 5952 IPv6 text without brackets
   * (lower case, longest zero run compressed, IPv4-mapped addresses ending in a dotted quad).
   */
  public static String format(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? dotted(b, 0) : Ipv6Text.format(b);
  }

  static String dotted(byte[] b, int from) {
    return (b[from] & 0xff) + "." + (b[from + 1] & 0xff) + "." + (b[from + 2] & 0xff) + "." + (b[from + 3] & 0xff);
  }
}
