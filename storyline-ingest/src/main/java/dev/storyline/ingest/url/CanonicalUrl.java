package dev.storyline.ingest.url;

import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The one spelling of an article's address, so that links, feeds and archives naming the same page
 * agree. Scheme and host are lower-cased, international hosts written as punycode, a default port,
 * the fragment and any user name and password dropped (an article never needs them, and they would
 * leak credentials into storage), an empty path written "/", dot segments resolved, percent-encoding
 * given one spelling (unreserved characters decoded, hex upper-case, other characters escaped as
 * UTF-8) and parameters that only track the reader removed. The remaining parameters keep their
 * order, which a server may read; a query left empty is dropped. "www." is kept: another host may
 * be another site. Canonical spellings are fixed points: {@code of(of(x)).equals(of(x))}.
 */
public final class CanonicalUrl {

  /**
   * Longest address accepted, before and after normalising. RFC 9110 section 4.1 asks every
   * recipient to handle at least 8000 octets; article addresses are far shorter.
   */
  public static final int MAX_URL_LENGTH = 8000;

  /** How much of a refused input its message quotes, so one bad link cannot flood a log. */
  static final int QUOTED_CHARS = 200;

  private CanonicalUrl() {}

  /**
   * The canonical spelling of a URL, or null when it is null or no absolute http or https URL (a
   * file path, a mailto: link, a malformed address): for callers that take web addresses where
   * they find them and pass over the rest.
   */
  public static String ofOrNull(String url) {
    if (url == null) {
      return null;
    }
    try {
      return of(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The canonical spelling of an absolute http or https URL.
   *
   * @throws IllegalArgumentException with a one-line message naming the input, when it is not an
   *     absolute http or https URL with a valid host and port, or is longer than MAX_URL_LENGTH
   */
  public static String of(String url) {
    Objects.requireNonNull(url, "url");
    if (url.length() > MAX_URL_LENGTH) {
      throw refusal(url, "longer than " + MAX_URL_LENGTH + " characters");
    }
    String s = UrlText.strip(url);
    int colon = UrlText.schemeEnd(s);
    if (colon < 0) {
      throw refusal(url, "not an absolute URL");
    }
    String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refusal(url, "not an http or https URL");
    }
    int start = colon + 3;
    if (start > s.length() || !UrlText.slash(s.charAt(colon + 1)) || !UrlText.slash(s.charAt(colon + 2))) {
      throw refusal(url, "no \"//\" and host after the scheme");
    }
    int end = start;
    while (end < s.length() && "/\\?#".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String authority = s.substring(start, end);
    int hash = s.indexOf('#', end);
    String rest = hash < 0 ? s.substring(end) : s.substring(end, hash);
    int question = rest.indexOf('?');
    try {
      String out = scheme + "://" + Authorities.canonical(authority, scheme)
          + path(question < 0 ? rest : rest.substring(0, question))
          + (question < 0 ? "" : query(rest.substring(question + 1)));
      if (out.length() > MAX_URL_LENGTH) {
        throw new IllegalArgumentException("longer than " + MAX_URL_LENGTH + " characters once normalised");
      }
      return out;
    } catch (IllegalArgumentException e) {
      throw refusal(url, e.getMessage());
    }
  }

  /**
   * The canonical spelling of the link href found on the page at base (RFC 3986 section 5.2), or
   * null when href is not a usable http or https link (another scheme, an invalid host, too long).
   * A link to a fragment of the page, or an empty link, is the page itself.
   *
   * @throws IllegalArgumentException when base itself is not a URL {@link #of} accepts
   */
  public static String resolve(String base, String href) {
    String page = of(base);
    if (href == null || href.length() > MAX_URL_LENGTH) {
      return null;
    }
    String h = UrlText.strip(href);
    String pageScheme = page.substring(0, page.indexOf(':'));
    String withoutQuery = page.indexOf('?') < 0 ? page : page.substring(0, page.indexOf('?'));
    String target;
    if (UrlText.schemeEnd(h) >= 0) {
      target = h;
    } else if (h.length() >= 2 && UrlText.slash(h.charAt(0)) && UrlText.slash(h.charAt(1))) {
      target = pageScheme + ":" + h;
    } else if (!h.isEmpty() && UrlText.slash(h.charAt(0))) {
      target = page.substring(0, page.indexOf('/', pageScheme.length() + 3)) + h;
    } else if (h.isEmpty() || h.charAt(0) == '#') {
      return page;
    } else if (h.charAt(0) == '?') {
      target = withoutQuery + h;
    } else {
      target = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + h;
    }
    try {
      return of(target);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String path(String raw) {
    String path = PercentEncoding.normalise(raw.replace('\\', '/'), PercentEncoding.PATH);
    return path.isEmpty() ? "/" : DotSegments.remove(path);
  }

  /** The query with tracking parameters and empty pairs removed, or "" when nothing is left. */
  private static String query(String raw) {
    StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
    for (String pair : PercentEncoding.normalise(raw, PercentEncoding.QUERY).split("&")) {
      int eq = pair.indexOf('=');
      if (!pair.isEmpty() && !TrackingParameters.tracks(eq < 0 ? pair : pair.substring(0, eq))) {
        kept.add(pair);
      }
    }
    return kept.toString();
  }

  private static IllegalArgumentException refusal(String url, String problem) {
    StringBuilder quoted = new StringBuilder();
    for (int i = 0; i < Math.min(url.length(), QUOTED_CHARS); i++) {
      char c = url.charAt(i);
      quoted.append(c < ' ' || c == 0x7F ? String.format("\\u%04x", (int) c) : c);
    }
    if (url.length() > QUOTED_CHARS) {
      quoted.append("...");
    }
    return new IllegalArgumentException(quoted + ": " + problem);
  }
}
