package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Finds who wrote a page, trying structured data before visible bylines. */
public final class Authors {

  /** Meta tags that credit authors, most specific first. */
  private static final String[] META = {
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "cxenseparse:author", "og:article:author", "citation_author", "twitter:creator"
  };

  /** Most byline elements examined; pages list many author links in sidebars and comments. */
  static final int MAX_BYLINE_ELEMENTS = 20;

  private Authors() {}

  /** The page's authors, or null when it names none. */
  public static Found<List<String>> find(PageIndex index, MetaTags meta, JsonNode ld) {
    if (ld != null) {
      List<String> names = new ArrayList<>();
      JsonNode author = ld.get("author");
      if (author == null) {
        author = ld.get("creator");
      }
      for (JsonNode a : iterable(author)) {
        if (a.isObject() && a.path("@type").asText("Person").equals("Organization")) {
          continue;
        }
        for (String credit : JsonLd.texts(a)) {
          names.addAll(Names.people(credit, false));
        }
      }
      if (!names.isEmpty()) {
        return new Found<>(distinct(names), "json-ld", 0.9);
      }
    }
    for (String key : META) {
      for (String credit : meta.all(key)) {
        if (key.equals("twitter:creator") || credit.startsWith("http")) {
          continue;
        }
        List<String> names = Names.people(credit, false);
        if (!names.isEmpty()) {
          return new Found<>(names, "meta:" + key, 0.8);
        }
      }
    }
    int seen = 0;
    for (Element e : index.bylines) {
      if (++seen > MAX_BYLINE_ELEMENTS) {
        break;
      }
      if (insideComments(e)) {
        continue;
      }
      Element named = e.selectFirst("[itemprop=name]");
      String credit = (named != null ? named : e).text();
      boolean structured = e.hasAttr("itemprop") || e.hasAttr("rel");
      List<String> names = Names.people(credit, !structured);
      if (names.isEmpty() && !structured) {
        names = Names.people(credit.replaceFirst("(?s)[|·•—–].*$", ""), true);
      }
      if (!names.isEmpty()) {
        return new Found<>(names, structured ? "microdata" : "byline", structured ? 0.75 : 0.6);
      }
    }
    return null;
  }

  /** Comment threads credit their commenters with the same markup as the article's author. */
  private static boolean insideComments(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
        continue; // page-wide classes such as "comments-open" say nothing about where the byline sits
      }
      String marks = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
      if (marks.contains("comment") || marks.contains("respond") || marks.contains("sidebar")
          || marks.contains("related") || p.normalName().equals("footer") && p.parent() != null
              && p.parent().normalName().equals("body")) {
        return true;
      }
    }
    return false;
  }

  private static Iterable<JsonNode> iterable(JsonNode n) {
    if (n == null) {
      return List.of();
    }
    if (n.isArray()) {
      List<JsonNode> out = new ArrayList<>();
      n.forEach(out::add);
      return out;
    }
    return List.of(n);
  }

  private static List<String> distinct(List<String> names) {
    return names.stream().distinct().toList();
  }
}
