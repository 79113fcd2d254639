package dev.storyline.ingest.url;

/** The host and port part of a URL, without the user name and password it may carry. */
final class Authorities {

  /** Highest TCP port (RFC 793: ports are 16-bit). */
  static final int MAX_PORT = 65535;

  private Authorities() {}

  /**
   * The canonical host, with ":port" when the port is not the scheme's default. Anything up to the
   * last '@' is user information, and is dropped; an empty port is no port, as browsers read it.
   */
  static String canonical(String authority, String scheme) {
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int portColon;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("host is not a valid IPv6 address");
      }
      if (close + 1 < hostPort.length() && hostPort.charAt(close + 1) != ':') {
        throw new IllegalArgumentException("characters after the IPv6 address");
      }
      portColon = close + 1 < hostPort.length() ? close + 1 : -1;
    } else {
      portColon = hostPort.lastIndexOf(':');
    }
    String host = Hosts.canonical(portColon < 0 ? hostPort : hostPort.substring(0, portColon));
    int port = portColon < 0 ? -1 : port(hostPort.substring(portColon + 1));
    int standard = scheme.equals("https") ? 443 : 80;
    return port < 0 || port == standard ? host : host + ":" + port;
  }

  /** The port number, or -1 for an empty port. */
  private static int port(String digits) {
    if (digits.isEmpty()) {
      return -1;
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("port is not a number");
    }
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    int port = digits.length() - first > 5 ? Integer.MAX_VALUE : Integer.parseInt(digits.substring(first));
    if (port > MAX_PORT) {
      throw new IllegalArgumentException("port above " + MAX_PORT);
    }
    return port;
  }
}
