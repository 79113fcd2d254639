package dev.storyline.extract;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Reads the schema.org article object a page declares in {@code application/ld+json}. */
final class JsonLd {

  /** Deepest JSON nesting read; real JSON-LD is a few levels deep, hostile pages go further. */
  static final int MAX_NESTING = 64;

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
  }

  private JsonLd() {}

  /** The first object whose type ends in "Article" (NewsArticle, ReportageNewsArticle, ...), or null. */
  static JsonNode article(List<Element> scripts) {
    for (Element script : scripts) {
      try {
        JsonNode found = find(JSON.readTree(script.data()), 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode node, int depth) {
    if (node == null || depth > MAX_NESTING) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode f = find(n, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    for (String type : texts(node.get("@type"))) {
      if (type.endsWith("Article") || type.equals("BlogPosting")) {
        return node;
      }
    }
    return find(node.get("@graph"), depth + 1);
  }

  /** A field as text: a string, or an object's "name". */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    List<String> all = texts(node.get(field));
    return all.isEmpty() ? null : all.get(0);
  }

  /** Strings of a value that may be a string, an object with a name, or an array of either. */
  static List<String> texts(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.isArray()) {
      for (JsonNode v : value) {
        out.addAll(texts(v));
      }
    } else if (value.isTextual()) {
      out.add(value.asText());
    } else if (value.isObject() && value.has("name")) {
      out.addAll(texts(value.get("name")));
    }
    return out;
  }
}
