package dev.storyline.extract.meta;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the schema.org object a page declares about itself in {@code application/ld+json}. */
public final class JsonLd {

  /** Deepest JSON nesting read; real JSON-LD is a few levels deep, hostile pages go further. */
  public static final int MAX_NESTING = 64;

  /** Largest script parsed; real JSON-LD with a full article body stays under 200 kB. */
  static final int MAX_SCRIPT_CHARS = 1_000_000;

  /** Types of a page's own object when it is not an article: its dates and authors still count. */
  private static final Set<String> PAGE_TYPES = Set.of("WebPage", "ItemPage", "Blog", "VideoObject", "Recipe");

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
  }

  private JsonLd() {}

  /** The page's article object (NewsArticle, BlogPosting, ...), else its web page object, else null. */
  public static JsonNode article(Document page) {
    return article(page.select("script[type=application/ld+json]"));
  }

  /** The same, from the JSON-LD scripts among candidates found beforehand. */
  public static JsonNode article(Candidates candidates) {
    return article(candidates.jsonLd);
  }

  private static JsonNode article(List<Element> scripts) {
    List<JsonNode> roots = new ArrayList<>();
    for (Element script : scripts) {
      String data = script.data();
      if (data.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      try {
        roots.add(JSON.readTree(data.strip()));
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    for (JsonNode root : roots) {
      JsonNode found = find(root, 0, true);
      if (found != null) {
        return withGraph(found, root);
      }
    }
    for (JsonNode root : roots) {
      JsonNode found = find(root, 0, false);
      if (found != null) {
        return withGraph(found, root);
      }
    }
    return null;
  }

  /** Field under which an article object keeps the graph it came from, for resolving references. */
  private static final String GRAPH = "@storyline-graph";

  private static JsonNode withGraph(JsonNode found, JsonNode root) {
    if (found instanceof com.fasterxml.jackson.databind.node.ObjectNode o && root.has("@graph")) {
      o.set(GRAPH, root.get("@graph"));
    }
    return found;
  }

  /**
   * A value with references ({@code {"@id": ...}} and nothing else) replaced by the graph node they
   * name, as WordPress's Yoast graph writes authors.
   */
  public static JsonNode resolve(JsonNode article, JsonNode value) {
    if (value == null || article == null || !article.has(GRAPH)) {
      return value;
    }
    if (value.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
      value.forEach(v -> out.add(resolve(article, v)));
      return out;
    }
    if (value.isObject() && value.has("@id") && !value.has("name")) {
      String id = value.get("@id").asText();
      for (JsonNode n : article.get(GRAPH)) {
        if (id.equals(n.path("@id").asText(null))) {
          return n;
        }
      }
    }
    return value;
  }

  private static JsonNode find(JsonNode node, int depth, boolean articles) {
    if (node == null || depth > MAX_NESTING) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode f = find(n, depth + 1, articles);
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
      if (articles ? isArticle(type) : PAGE_TYPES.contains(type)) {
        return node;
      }
    }
    for (String field : new String[] {"@graph", "mainEntity", "mainEntityOfPage", "hasPart"}) {
      JsonNode f = find(node.get(field), depth + 1, articles);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static boolean isArticle(String type) {
    return type.endsWith("Article") || type.equals("BlogPosting") || type.equals("LiveBlogPosting")
        || type.equals("Report") || type.equals("SocialMediaPosting") || type.equals("DiscussionForumPosting");
  }

  /** A field as text: a string, or an object's "name". */
  public static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    List<String> all = texts(node.get(field));
    return all.isEmpty() ? null : all.get(0);
  }

  /** Strings of a value that may be a string, an object with a name, or an array of either. */
  public static List<String> texts(JsonNode value) {
    List<String> out = new ArrayList<>();
    collect(value, out, 0);
    return out;
  }

  private static void collect(JsonNode value, List<String> out, int depth) {
    if (value == null || depth > MAX_NESTING) {
      return;
    }
    if (value.isArray()) {
      for (JsonNode v : value) {
        collect(v, out, depth + 1);
      }
    } else if (value.isTextual()) {
      String s = value.asText().strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    } else if (value.isObject() && value.has("name")) {
      collect(value.get("name"), out, depth + 1);
    }
  }
}
