package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The people a page credits in its data rather than its text: JSON-LD, then author meta tags. */
final class StructuredCredits {

  /** Meta tags that credit authors, most specific first. */
  private static final String[] META = {
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "cxenseparse:author", "og:article:author", "citation_author", "shareaholic:article_author_name"
  };

  /**
   * Label and value pairs of the summary cards ({@code twitter:label1} "Written by", {@code
   * twitter:data1} the name) tried; the SEO plugins that write them emit two or three.
   */
  static final int MAX_CARD_PAIRS = 4;

  private StructuredCredits() {}

  /**
   * The people credited by JSON-LD, else by the first author meta tag that names any, else by a
   * card whose label is a credit ("Written by", "Verfasst von"); null when none names a person.
   *
   * @param people turns one credit into people's names, leaving out the site's own name
   */
  static Found<List<String>> find(MetaTags meta, JsonNode ld, Function<String, List<String>> people) {
    if (ld != null) {
      List<String> names = new ArrayList<>();
      JsonNode author = ld.get("author");
      if (author == null) {
        author = ld.get("creator");
      }
      for (JsonNode a : elements(author)) {
        if (a.isObject() && a.path("@type").asText("Person").contains("Organization")) {
          continue;
        }
        for (String credit : credits(a)) {
          names.addAll(people.apply(credit));
        }
      }
      if (!names.isEmpty()) {
        return new Found<>(names.stream().distinct().toList(), "json-ld", 0.9);
      }
    }
    for (String key : META) {
      // a tag per author, as pages with several authors write it
      List<String> names = new ArrayList<>();
      for (String credit : meta.all(key)) {
        names.addAll(people.apply(credit));
      }
      if (!names.isEmpty()) {
        return new Found<>(names.stream().distinct().toList(), "meta:" + key, 0.8);
      }
    }
    for (int i = 1; i <= MAX_CARD_PAIRS; i++) {
      String label = meta.value("twitter:label" + i);
      String data = meta.value("twitter:data" + i);
      if (label != null && data != null && isCreditLabel(label)) {
        List<String> names = people.apply(data);
        return names.isEmpty() ? null : new Found<>(names, "meta:twitter:data", 0.8);
      }
    }
    return null;
  }

  /** True for a label that is a credit opening and nothing more: "Written by", "Verfasst von". */
  static boolean isCreditLabel(String label) {
    String s = label.strip();
    return !s.isEmpty() && s.length() <= Credits.MAX_OPENING_CHARS && Credits.afterLead(s + " ").isBlank();
  }

  /** A credit's names: its name, or a person's given and family name where it has no name. */
  private static List<String> credits(JsonNode author) {
    if (author.isObject() && !author.has("name") && author.has("familyName")) {
      String full = (author.path("givenName").asText("") + " " + author.path("familyName").asText("")).strip();
      return full.isEmpty() ? List.of() : List.of(full);
    }
    return JsonLd.texts(author);
  }

  private static List<JsonNode> elements(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    } else if (n != null) {
      out.add(n);
    }
    return out;
  }
}
