package dev.storyline.ingest.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * An absolute http or https URL taken apart around its host, so that the host can be judged and
 * written back in the form judged while everything else stays as given.
 *
 * @param scheme "http" or "https"
 * @param userInfo the user information with its "@", or ""
 * @param host the host as written, brackets included
 * @param port ":" and the port number, or "" when absent
 * @param rest the raw path, query and fragment
 */
record HttpUrl(String scheme, String userInfo, String host, String port, String rest) {

  /** Longest URL taken: RFC 9110 section 4.1 asks senders and recipients to support at least 8000 octets. */
  static final int MAX_URL_CHARS = 8000;

  /** Highest TCP port (RFC 9293 section 3.1: ports are 16 bits; port 0 is never a destination). */
  static final int MAX_PORT = 65535;

  private static final Set<String> SCHEMES = Set.of("http", "https");

  /** Parses by RFC 3986 through java.net.URI, then splits the raw authority itself, the host being what follows the last "@". */
  static HttpUrl parse(String url) throws Refusal {
    if (url.length() > MAX_URL_CHARS) {
      throw new Refusal(url, "URL longer than " + MAX_URL_CHARS + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new Refusal(url, "not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    if (uri.getScheme() == null) {
      throw new Refusal(url, "not an absolute URL");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      throw new Refusal(url, "scheme " + scheme + " is not http or https");
    }
    String authority = uri.getRawAuthority();
    if (uri.isOpaque() || authority == null) {
      throw new Refusal(url, "missing host");
    }
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    int hostEnd;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      hostEnd = close < 0 ? hostPort.length() : close + 1;
    } else {
      int colon = hostPort.indexOf(':');
      hostEnd = colon < 0 ? hostPort.length() : colon;
    }
    String rest = (uri.getRawPath() == null ? "" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    return new HttpUrl(scheme, authority.substring(0, at + 1), hostPort.substring(0, hostEnd),
        port(url, hostPort.substring(hostEnd)), rest);
  }

  /** The port part as it will be written back: "" when absent or empty, else ":" and the number without leading zeros. */
  private static String port(String url, String text) throws Refusal {
    if (text.isEmpty() || text.equals(":")) {
      return "";
    }
    String digits = text.substring(1);
    boolean numeric = text.charAt(0) == ':' && digits.length() <= 5 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    int n = numeric ? Integer.parseInt(digits) : -1;
    if (n < 1 || n > MAX_PORT) {
      throw new Refusal(url, "invalid port " + text);
    }
    return ":" + n;
  }

  /** The URL with the host written as judged. */
  URI withHost(String url, Host judged) throws Refusal {
    String text = scheme + "://" + userInfo + judged.uriText() + port + rest;
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new Refusal(url, "not a URL with its host rewritten (" + e.getReason() + ")");
    }
  }
}
