package dev.storyline.ingest.net;

import java.util.Arrays;

/** A block of addresses written in CIDR notation ("10.0.0.0/8", "fc00::/7"), and what its addresses are called. */
final class AddressRange {

  private final String cidr;
  private final byte[] prefix;
  private final int bits;
  private final String kind;

  private AddressRange(String cidr, byte[] prefix, int bits, String kind) {
    this.cidr = cidr;
    this.prefix = prefix;
    this.bits = bits;
    this.kind = kind;
  }

  /** A range from its CIDR text; the text is a constant of this package, so a typo is a programming error. */
  static AddressRange of(String cidr, String kind) {
    int slash = cidr.indexOf('/');
    String address = cidr.substring(0, slash);
    byte[] prefix = address.indexOf(':') >= 0
        ? Ipv6Text.parse(address).orElseThrow(() -> new IllegalArgumentException(cidr))
        : HostLiterals.parseIpv4(address).orElseThrow(() -> new IllegalArgumentException(cidr)).getAddress();
    int bits = Integer.parseInt(cidr.substring(slash + 1));
    if (bits < 0 || bits > 8 * prefix.length) {
      throw new IllegalArgumentException(cidr);
    }
    return new AddressRange(cidr, prefix, bits, kind);
  }

  /** What the range's addresses are called in a refusal, e.g. "loopback". */
  String kind() {
    return kind;
  }

  /** Whether the address (4 or 16 bytes, the same family as the range) lies in the range. */
  boolean contains(byte[] address) {
    if (address.length != prefix.length) {
      return false;
    }
    int whole = bits / 8;
    if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
      return false;
    }
    int rest = bits % 8;
    int mask = (0xff << (8 - rest)) & 0xff;
    return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
  }

  @Override
  public String toString() {
    return cidr + " (" + kind + ")";
  }
}
