package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds who wrote a page, trying structured data before visible bylines. Credits that name only
 * the site itself (its name, its address, its Twitter account) are no authors.
 */
public final class Authors {

  /** Meta tags that credit authors, most specific first. */
  private static final String[] META = {
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "cxenseparse:author", "og:article:author", "citation_author"
  };

  /**
   * Most byline elements examined: the article's byline comes within the first few dozen author
   * marks even on pages whose header and teasers carry their own.
   */
  static final int MAX_BYLINE_ELEMENTS = 40;

  private Authors() {}

  /** The page's authors, or null when it names none. */
  public static Found<List<String>> find(PageIndex index, MetaTags meta, JsonNode ld) {
    SiteNames site = SiteNames.of(index, meta, ld);
    Found<List<String>> visible = visible(index, site, false);
    Found<List<String>> structured = structured(meta, ld, site);
    if (structured != null) {
      return visible != null && Refinement.refines(visible.value(), structured.value())
          ? new Found<>(visible.value(), structured.source() + "+" + visible.source(), structured.confidence())
          : structured;
    }
    return visible != null ? visible : visible(index, site, true);
  }

  /** The people credited by JSON-LD, else by the first author meta tag that names any. */
  private static Found<List<String>> structured(MetaTags meta, JsonNode ld, SiteNames site) {
    if (ld != null) {
      List<String> names = new ArrayList<>();
      JsonNode author = ld.get("author");
      if (author == null) {
        author = ld.get("creator");
      }
      for (JsonNode a : iterable(author)) {
        if (a.isObject() && a.path("@type").asText("Person").contains("Organization")) {
          continue;
        }
        for (String credit : JsonLd.texts(a)) {
          names.addAll(people(credit, false, site));
        }
      }
      if (!names.isEmpty()) {
        return new Found<>(distinct(names), "json-ld", 0.9);
      }
    }
    for (String key : META) {
      for (String credit : meta.all(key)) {
        List<String> names = people(credit, false, site);
        if (!names.isEmpty()) {
          return new Found<>(names, "meta:" + key, 0.8);
        }
      }
    }
    return null;
  }

  /**
   * The first byline element's people. Commenters and teasers for other articles never count; a
   * sidebar or page footer counts only in the second look, as a blog's "about the author" box.
   */
  private static Found<List<String>> visible(PageIndex index, SiteNames site, boolean asides) {
    Set<Element> column = Placement.headlineColumn(index);
    int seen = 0;
    for (Element e : index.bylines) {
      if (++seen > MAX_BYLINE_ELEMENTS) {
        break;
      }
      if (Placement.elsewhere(e, asides, column)) {
        continue;
      }
      boolean structured = BylineElements.isStructured(e);
      List<String> names = people(credit(e), !structured, site);
      if (!names.isEmpty()) {
        return new Found<>(names, structured ? "microdata" : "byline", structured ? 0.75 : 0.6);
      }
    }
    return null;
  }

  /** The credit an element gives: its name part, the names after a label, or its first line. */
  private static String credit(Element e) {
    if (BylineElements.isLabel(e)) {
      return CreditText.afterLabel(e);
    }
    Element named = e.selectFirst("[itemprop=name]");
    return CreditText.of(named != null ? named : e);
  }

  /**
   * People in a credit, without the site's own name; a credit that named the site must name its
   * people in full ("Rob Roe, CNN" keeps Rob Roe, "Magazin /PP" keeps no one).
   */
  private static List<String> people(String credit, boolean strict, SiteNames site) {
    if (credit.startsWith("@") || credit.startsWith("http")) {
      return List.of();
    }
    List<String> names = new ArrayList<>(Names.people(credit, strict));
    if (names.removeIf(site::isSite) || site.isSite(credit)) {
      names.removeIf(n -> !Names.looksLikeName(n));
    }
    return names;
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
