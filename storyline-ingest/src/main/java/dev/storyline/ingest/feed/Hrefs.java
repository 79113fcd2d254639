package dev.storyline.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Addresses found in feeds, made absolute and kept only when they are web pages. */
final class Hrefs {

  /** Characters that may not appear raw in a URI (RFC 3986) but do appear in feeds. */
  private static final String UNSAFE = "\"<>\\^`{|}[] ";

  private Hrefs() {}

  /**
   * The address as an absolute http or https URL, resolved against {@code base} when relative;
   * null when it is empty, longer than {@link Feeds#MAX_URL_LENGTH}, unparseable, relative without
   * a base, or of another scheme.
   */
  static String absolute(URI base, String reference) {
    URI u = parse(reference);
    if (u == null) {
      return null;
    }
    if (!u.isAbsolute()) {
      if (base == null || base.isOpaque()) {
        return null;
      }
      u = resolve(base, u);
    }
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || u.getRawAuthority() == null) {
      return null;
    }
    String url = u.toString();
    return url.length() <= Feeds.MAX_URL_LENGTH ? url : null;
  }

  /** The base an {@code xml:base} value sets under {@code parent}; null when it cannot be used. */
  static URI base(URI parent, String reference) {
    URI u = parse(reference);
    if (u == null || u.isAbsolute()) {
      return u;
    }
    return parent == null || parent.isOpaque() ? null : resolve(parent, u);
  }

  private static URI resolve(URI base, URI reference) {
    if (base.getRawAuthority() != null && (base.getRawPath() == null || base.getRawPath().isEmpty())) {
      base = URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/");
    }
    String ref = reference.toString();
    if (ref.startsWith("?")) {
      // java.net.URI follows RFC 2396 here, which drops the base's last path segment; RFC 3986 keeps it
      String b = base.toString();
      int cut = b.indexOf('?') >= 0 ? b.indexOf('?') : b.indexOf('#') >= 0 ? b.indexOf('#') : b.length();
      return URI.create(b.substring(0, cut) + ref);
    }
    return base.resolve(reference);
  }

  /** The reference as a URI, its unsafe characters percent-encoded when it does not parse as is. */
  private static URI parse(String reference) {
    if (reference == null) {
      return null;
    }
    String s = reference.replaceAll("[\\t\\n\\r]", "").strip();
    if (s.isEmpty() || s.length() > Feeds.MAX_URL_LENGTH) {
      return null;
    }
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      try {
        return new URI(escape(s));
      } catch (URISyntaxException | IllegalArgumentException again) {
        return null;
      }
    }
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    boolean fragment = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      boolean stray = c == '%' && !(isHex(s, next) && isHex(s, next + 1));
      if (c == '#' && !fragment) {
        fragment = true;
        out.append('#');
      } else if (c < 0x20 || c >= 0x7f || UNSAFE.indexOf(c) >= 0 || c == '#' || stray) {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
      } else {
        out.appendCodePoint(c);
      }
      i = next;
    }
    return out.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80;
  }
}
