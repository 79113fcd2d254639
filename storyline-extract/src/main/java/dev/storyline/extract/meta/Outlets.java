package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.jsoup.nodes.Document;

/** Finds the name of the publication a page belongs to. */
public final class Outlets {

  /** Longest outlet name accepted; longer values are slogans or descriptions. */
  static final int MAX_OUTLET_CHARS = 80;

  private Outlets() {}

  /** The outlet, or null when neither the page nor its address names one. */
  public static Found<String> find(Document page, MetaTags meta, JsonNode ld, String url) {
    String site = meta.value("og:site_name");
    if (ok(site)) {
      return new Found<>(site.strip(), "meta:og:site_name", 0.9);
    }
    String publisher = ld == null ? null : JsonLd.text(ld.get("publisher"), "name");
    if (publisher == null && ld != null) {
      publisher = JsonLd.text(ld, "publisher");
    }
    if (ok(publisher)) {
      return new Found<>(publisher.strip(), "json-ld", 0.9);
    }
    String app = meta.value("application-name", "apple-mobile-web-app-title", "al:android:app_name", "al:ios:app_name");
    if (ok(app)) {
      return new Found<>(app.strip(), "meta:application-name", 0.7);
    }
    String suffix = Titles.split(page.title())[1];
    if (ok(suffix)) {
      return new Found<>(suffix, "title-suffix", 0.6);
    }
    String host = host(url);
    return host == null ? null : new Found<>(host, "host", 0.3);
  }

  private static boolean ok(String s) {
    return s != null && !s.isBlank() && s.length() <= MAX_OUTLET_CHARS && !s.contains("://");
  }

  /** The address's host without "www.", or null. */
  public static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
