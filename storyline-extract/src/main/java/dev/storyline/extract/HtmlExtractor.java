package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.ingest.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Extracts an article from an HTML page: metadata from meta tags and JSON-LD, body from the densest text block. */
final class HtmlExtractor {

  /** Class and id fragments of containers that hold furniture, not article text. */
  static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)share|social|related|newsletter|comment|cookie|subscribe|promo|advert|sponsor|footer|sidebar"
          + "|breadcrumb|masthead|navbar|\\bnav\\b|menu|signup|sign-up|recirc|most-read|trending|paywall");

  /** Share of a paragraph's text inside links above which it is navigation. */
  static final double MAX_LINK_DENSITY = 0.5;

  private static final String[] DATE_META = {
    "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
    "dc.date", "dc.date.issued", "DC.date.issued", "date", "parsely-pub-date", "sailthru.date"
  };

  Fields extract(Document doc) {
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(doc.content()), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode ld = JsonLd.article(page.select("script[type=application/ld+json]"));
    String url = first(attr(page, "link[rel=canonical]", "href"), meta(page, "og:url"), JsonLd.text(ld, "url"));

    String rawTitle = first(meta(page, "og:title"), JsonLd.text(ld, "headline"), text(page.selectFirst("h1")), page.title());
    String[] titleSplit = Headlines.split(rawTitle == null ? "" : rawTitle);
    String[] pageTitleSplit = Headlines.split(page.title());
    String outlet = first(meta(page, "og:site_name"), ld == null ? null : JsonLd.text(ld.get("publisher"), "name"),
        titleSplit[1], pageTitleSplit[1], host(url));

    List<String> authors = new ArrayList<>();
    if (ld != null) {
      for (String a : JsonLd.texts(ld.get("author"))) {
        authors.addAll(Bylines.names(a));
      }
    }
    if (authors.isEmpty()) {
      authors.addAll(Bylines.names(nullToEmpty(meta(page, "author"))));
    }
    if (authors.isEmpty()) {
      for (Element e : page.select("[rel=author], [itemprop=author], .byline, .author, .article-author, [class*=byline]")) {
        List<String> by = Bylines.byLine(e.text());
        authors.addAll(by.isEmpty() ? Bylines.names(e.text()) : by);
        if (!authors.isEmpty()) {
          break;
        }
      }
    }

    LocalDate published = null;
    for (String name : DATE_META) {
      published = Dates.parseStamp(meta(page, name));
      if (published != null) {
        break;
      }
    }
    if (published == null) {
      published = Dates.parseStamp(JsonLd.text(ld, "datePublished"));
    }
    if (published == null) {
      published = Dates.parseStamp(attr(page, "time[datetime]", "datetime"));
    }
    Element body = Content.mainBlock(page);
    if (published == null && body != null) {
      published = Dates.find(text(page.selectFirst("time, .date, .published, [class*=date]")));
    }
    if (published == null) {
      published = Dates.fromUrl(url);
    }
    String text = body == null ? null : Content.text(body, titleSplit[0]);
    return new Fields(titleSplit[0].isBlank() ? null : titleSplit[0], text, authors.stream().distinct().toList(),
        outlet, published, url);
  }

  private static String meta(org.jsoup.nodes.Document page, String name) {
    Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    if (e == null) {
      return null;
    }
    String v = e.attr("content").strip();
    return v.isEmpty() ? null : v;
  }

  private static String attr(org.jsoup.nodes.Document page, String css, String attr) {
    Element e = page.selectFirst(css);
    return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }
}
