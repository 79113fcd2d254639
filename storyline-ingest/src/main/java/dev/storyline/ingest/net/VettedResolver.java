package dev.storyline.ingest.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only way to turn a host into addresses: every connection goes to an address the
 * guard has just vetted, so a name that re-resolves to a private address between check and connect
 * (DNS rebinding) is refused at connect time.
 */
final class VettedResolver implements DnsResolver {

  /** Carries a refusal through the client, whose resolver may only throw UnknownHostException. */
  static final class Refused extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    Refused(Refusal cause) {
      super(cause.getMessage());
      initCause(cause);
    }
  }

  private final AddressGuard guard;

  VettedResolver(AddressGuard guard) {
    this.guard = guard;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    try {
      return guard.resolve(host);
    } catch (Refusal r) {
      throw new Refused(r);
    }
  }

  @Override
  public String resolveCanonicalHostname(String host) {
    return host;
  }
}
