package dev.storyline.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The {@code <meta>} tags of a page, by lower-cased property, name, itemprop or http-equiv. */
public final class MetaTags {

  /** Longest meta value kept; real descriptions and keyword lists stay far below. */
  static final int MAX_VALUE_CHARS = 4000;

  private final Map<String, List<String>> values = new HashMap<>();

  private MetaTags() {}

  /** The meta tags in the page index. */
  public static MetaTags of(PageIndex index) {
    MetaTags tags = new MetaTags();
    for (Element m : index.metas) {
      String content = m.attr("content").strip();
      if (content.isEmpty() || content.length() > MAX_VALUE_CHARS) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          tags.values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return tags;
  }

  /** The first value of the first key present, and that key; null when none is. */
  public String[] first(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null && !v.isEmpty()) {
        return new String[] {v.get(0), k};
      }
    }
    return null;
  }

  /** The first value of the first key present, or null. */
  public String value(String... keys) {
    String[] f = first(keys);
    return f == null ? null : f[0];
  }

  /** Every value of a key, in page order. */
  public List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
