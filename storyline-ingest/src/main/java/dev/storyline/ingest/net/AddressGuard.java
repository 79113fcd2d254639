package dev.storyline.ingest.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the crawler on the public internet (server-side request forgery): URLs whose host is an IP
 * literal outside public space, in whatever spelling, are refused before any lookup, and names are
 * refused when any address they resolve to is. Hosts on the allowlist are opened deliberately.
 * Immutable and safe to share between threads.
 */
public final class AddressGuard {

  /** No host allowed beyond the public internet. */
  public static final AddressGuard STRICT = new AddressGuard(List.of());

  /** Looks a DNS name up; tests give their own. */
  interface Resolver {
    InetAddress[] lookUp(String name) throws UnknownHostException;
  }

  private final Set<String> allowed;
  private final Resolver dns;

  /**
   * @param allowHosts host names or IP literals (any case, any IP spelling, IPv6 with or without
   *     brackets) opened deliberately, e.g. an intranet feed or a test server on 127.0.0.1
   * @throws IllegalArgumentException when an entry is not a host
   */
  public AddressGuard(Collection<String> allowHosts) {
    this(allowHosts, AddressGuard::systemLookUp);
  }

  AddressGuard(Collection<String> allowHosts, Resolver dns) {
    Set<String> keys = new HashSet<>();
    for (String h : allowHosts) {
      try {
        keys.add(Host.parse(h, h).key());
      } catch (Refusal e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    this.allowed = Set.copyOf(keys);
    this.dns = dns;
  }

  /**
   * Parses an absolute http or https URL and judges its host without DNS: an IP address in any
   * spelling is refused unless allowlisted or public, as is the name localhost (RFC 6761). The host
   * judged is the real one, after any user information. Returns the URI with the host in the form
   * judged: canonical IP text (IPv6 in brackets) or the lower-case ASCII name.
   */
  public URI vet(String url) throws Refusal {
    HttpUrl parts = HttpUrl.parse(url);
    Host host = Host.parse(url, parts.host());
    judge(url, host);
    return parts.withHost(url, host);
  }

  /**
   * Resolves a host (an IP literal in any spelling, or a DNS name) to the addresses to connect to;
   * refused when any of them is blocked, or the host is a localhost name, unless the host itself is
   * allowlisted. Literals and localhost names are judged without DNS. Connect only to these
   * addresses, so that a second lookup cannot answer differently (DNS rebinding). An IPv4-mapped
   * IPv6 literal comes back as its IPv4 address.
   */
  public InetAddress[] resolve(String host) throws UnknownHostException, Refusal {
    Host h = Host.parse(host, host);
    judge(host, h);
    if (h.address() != null) {
      byte[] v4 = AddressRanges.mappedIpv4(h.address().getAddress());
      return new InetAddress[] {v4 == null ? h.address() : HostLiterals.ipv4(v4)};
    }
    InetAddress[] found = dns.lookUp(h.name());
    if (found == null || found.length == 0) {
      throw new UnknownHostException(h.name() + ": no addresses");
    }
    if (!allowed.contains(h.key())) {
      for (InetAddress a : found) {
        String reason = blockReason(a);
        if (reason != null) {
          throw new Refusal(host, "resolves to " + reason);
        }
      }
    }
    return found.clone();
  }

  /** Refuses a host judged without DNS: a blocked IP literal or a localhost name, unless allowlisted. */
  private void judge(String input, Host h) throws Refusal {
    if (allowed.contains(h.key())) {
      return;
    }
    if (h.isLocalhostName()) {
      throw new Refusal(input, "reserved name " + h.key() + " (RFC 6761)");
    }
    String reason = h.address() == null ? null : blockReason(h.address());
    if (reason != null) {
      throw new Refusal(input, reason);
    }
  }

  /** Whether the host, in any spelling, is on the allowlist. */
  public boolean allowlisted(String host) {
    try {
      return allowed.contains(Host.parse(host, host).key());
    } catch (Refusal e) {
      return false;
    }
  }

  /** Null when the address is public; else a short reason such as "loopback address 127.0.0.1". */
  public static String blockReason(InetAddress address) {
    return AddressRanges.blockReason(address);
  }

  /** The system resolver, for DNS names only: literals never reach it, as JDKs read odd ones differently. */
  private static InetAddress[] systemLookUp(String name) throws UnknownHostException {
    try {
      return InetAddress.getAllByName(name);
    } catch (IllegalArgumentException e) {
      throw new UnknownHostException(name + ": " + e.getMessage());
    }
  }
}
