package dev.storyline.ingest.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The addresses a crawler must not reach: every block the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890) mark as not globally reachable, plus multicast, broadcast and
 * reserved space.
 */
final class AddressRanges {

  /** 0.0.0.0/8, "this network" (RFC 791, RFC 1122 section 3.2.1.3); connecting to 0.0.0.0 reaches the local host on Linux. */
  static final List<AddressRange> V4_THIS_NETWORK = List.of(AddressRange.of("0.0.0.0/8", "this-network"));
  /** Private-use networks (RFC 1918). */
  static final List<AddressRange> V4_PRIVATE = List.of(
      AddressRange.of("10.0.0.0/8", "private"), AddressRange.of("172.16.0.0/12", "private"),
      AddressRange.of("192.168.0.0/16", "private"));
  /** Shared address space for carrier-grade NAT (RFC 6598). */
  static final List<AddressRange> V4_SHARED = List.of(AddressRange.of("100.64.0.0/10", "shared (carrier-grade NAT)"));
  /** Loopback (RFC 1122 section 3.2.1.3). */
  static final List<AddressRange> V4_LOOPBACK = List.of(AddressRange.of("127.0.0.0/8", "loopback"));
  /** Link-local (RFC 3927), where clouds serve instance metadata and credentials at 169.254.169.254. */
  static final List<AddressRange> V4_LINK_LOCAL = List.of(AddressRange.of("169.254.0.0/16", "link-local"));
  /** IETF protocol assignments (RFC 6890 section 2.1). */
  static final List<AddressRange> V4_PROTOCOL_ASSIGNMENTS = List.of(AddressRange.of("192.0.0.0/24", "IETF protocol assignment"));
  /** TEST-NET-1, -2 and -3, for documentation only (RFC 5737). */
  static final List<AddressRange> V4_DOCUMENTATION = List.of(
      AddressRange.of("192.0.2.0/24", "documentation"), AddressRange.of("198.51.100.0/24", "documentation"),
      AddressRange.of("203.0.113.0/24", "documentation"));
  /** Benchmarking (RFC 2544 section C.2.2). */
  static final List<AddressRange> V4_BENCHMARKING = List.of(AddressRange.of("198.18.0.0/15", "benchmarking"));
  /** Multicast (RFC 5771). */
  static final List<AddressRange> V4_MULTICAST = List.of(AddressRange.of("224.0.0.0/4", "multicast"));
  /** Limited broadcast (RFC 919 section 7, RFC 8190); listed before reserved space, which holds it, for the plainer name. */
  static final List<AddressRange> V4_BROADCAST = List.of(AddressRange.of("255.255.255.255/32", "broadcast"));
  /** Reserved for future use (RFC 1112 section 4). */
  static final List<AddressRange> V4_RESERVED = List.of(AddressRange.of("240.0.0.0/4", "reserved"));

  static final List<AddressRange> V4_BLOCKED = concat(V4_THIS_NETWORK, V4_PRIVATE, V4_SHARED, V4_LOOPBACK,
      V4_LINK_LOCAL, V4_PROTOCOL_ASSIGNMENTS, V4_DOCUMENTATION, V4_BENCHMARKING, V4_MULTICAST, V4_BROADCAST, V4_RESERVED);

  /** The unspecified address ::/128 (RFC 4291 section 2.5.2). */
  static final List<AddressRange> V6_UNSPECIFIED = List.of(AddressRange.of("::/128", "unspecified"));
  /** Loopback ::1/128 (RFC 4291 section 2.5.3). */
  static final List<AddressRange> V6_LOOPBACK = List.of(AddressRange.of("::1/128", "loopback"));
  /** IPv4-mapped ::ffff:0:0/96 (RFC 4291 section 2.5.5.2): judged by the IPv4 address inside. */
  static final AddressRange V6_IPV4_MAPPED = AddressRange.of("::ffff:0:0/96", "IPv4-mapped");
  /** IPv4-compatible ::/96, deprecated (RFC 4291 section 2.5.5.1) and never routed, so always refused. */
  static final List<AddressRange> V6_IPV4_COMPATIBLE = List.of(AddressRange.of("::/96", "deprecated IPv4-compatible"));
  /** 6to4 2002::/16 (RFC 3056): judged by the IPv4 address in bits 16 to 47. */
  static final AddressRange V6_6TO4 = AddressRange.of("2002::/16", "6to4");
  /** NAT64 prefixes, well-known (RFC 6052) and local-use (RFC 8215): a translator would reach any IPv4 address. */
  static final List<AddressRange> V6_NAT64 = List.of(
      AddressRange.of("64:ff9b::/96", "NAT64"), AddressRange.of("64:ff9b:1::/48", "local-use NAT64"));
  /** Discard-only (RFC 6666). */
  static final List<AddressRange> V6_DISCARD = List.of(AddressRange.of("100::/64", "discard-only"));
  /** Teredo tunnelling (RFC 4380): the server and client inside can be any IPv4 address. */
  static final List<AddressRange> V6_TEREDO = List.of(AddressRange.of("2001::/32", "Teredo"));
  /** Benchmarking (RFC 5180). */
  static final List<AddressRange> V6_BENCHMARKING = List.of(AddressRange.of("2001:2::/48", "benchmarking"));
  /** Documentation (RFC 3849, RFC 9637). */
  static final List<AddressRange> V6_DOCUMENTATION = List.of(
      AddressRange.of("2001:db8::/32", "documentation"), AddressRange.of("3fff::/20", "documentation"));
  /** Unique local (RFC 4193). */
  static final List<AddressRange> V6_UNIQUE_LOCAL = List.of(AddressRange.of("fc00::/7", "unique-local"));
  /** Link-local (RFC 4291 section 2.5.6). */
  static final List<AddressRange> V6_LINK_LOCAL = List.of(AddressRange.of("fe80::/10", "link-local"));
  /** Site-local, deprecated (RFC 3879) but still routed inside some sites. */
  static final List<AddressRange> V6_SITE_LOCAL = List.of(AddressRange.of("fec0::/10", "site-local"));
  /** Multicast (RFC 4291 section 2.7). */
  static final List<AddressRange> V6_MULTICAST = List.of(AddressRange.of("ff00::/8", "multicast"));
  /** Global unicast (RFC 4291 section 2.4, IANA IPv6 Address Space registry): all else is reserved by the IETF. */
  static final AddressRange V6_GLOBAL_UNICAST = AddressRange.of("2000::/3", "global unicast");

  /** Blocked IPv6 ranges other than those judged by an IPv4 address inside; the first containing an address names it. */
  static final List<AddressRange> V6_BLOCKED = concat(V6_UNSPECIFIED, V6_LOOPBACK, V6_IPV4_COMPATIBLE, V6_NAT64,
      V6_DISCARD, V6_TEREDO, V6_BENCHMARKING, V6_DOCUMENTATION, V6_UNIQUE_LOCAL, V6_LINK_LOCAL, V6_SITE_LOCAL,
      V6_MULTICAST);

  private AddressRanges() {}

  /** Null when the address is public; else a short reason such as "loopback address 127.0.0.1". */
  static String blockReason(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? v4Reason(b) : v6Reason(b);
  }

  private static String v4Reason(byte[] b) {
    for (AddressRange r : V4_BLOCKED) {
      if (r.contains(b)) {
        return r.kind() + " address " + HostLiterals.dotted(b, 0);
      }
    }
    return null;
  }

  private static String v6Reason(byte[] b) {
    String text = Ipv6Text.format(b);
    if (V6_IPV4_MAPPED.contains(b)) {
      String inner = v4Reason(Arrays.copyOfRange(b, 12, 16));
      return inner == null ? null : "IPv4-mapped address " + text + " of a " + inner;
    }
    if (V6_6TO4.contains(b)) {
      String inner = v4Reason(Arrays.copyOfRange(b, 2, 6));
      return inner == null ? null : "6to4 address " + text + " of a " + inner;
    }
    for (AddressRange r : V6_BLOCKED) {
      if (r.contains(b)) {
        return r.kind() + " address " + text;
      }
    }
    return V6_GLOBAL_UNICAST.contains(b) ? null : "reserved address " + text;
  }

  /** The IPv4 address inside an IPv4-mapped IPv6 address, or null when it is not one. */
  static byte[] mappedIpv4(byte[] address) {
    return V6_IPV4_MAPPED.contains(address) ? Arrays.copyOfRange(address, 12, 16) : null;
  }

  @SafeVarargs
  private static List<AddressRange> concat(List<AddressRange>... lists) {
    return Stream.of(lists).flatMap(List::stream).toList();
  }
}
