package dev.storyline.extract.meta;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Reads the schema.org object a page declares about itself in {@code application/ld+json}. */
public final class JsonLd {

  /** Deepest JSON nesting read; real JSON-LD is a few levels deep, hostile pages go further. */
  public static final int MAX_NESTING = 64;

  /** Largest script parsed; real JSON-LD with a full article body stays under 200 kB. */
  static final int MAX_SCRIPT_CHARS = 1_000_000;

  /** Types of a page's own object when it is not an article: its dates and authors still count. */
  private static final Set<String> PAGE_TYPES = Set.of("WebPage", "ItemPage", "Blog", "VideoObject", "Recipe", "HowTo");

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
  }

  private JsonLd() {}

  /**
   * The page's article object (NewsArticle, BlogPosting, ...), else its web page object, else null,
   * from the JSON-LD scripts in the page index.
   */
  public static JsonNode article(PageIndex index) {
    List<Element> scripts = index.jsonLd;
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

  /** Fields whose references into the page's graph are replaced by the nodes they name. */
  private static final String[] REFERENCE_FIELDS = {"author", "creator"};

  /**
   * The article with references ({@code {"@id": ...}} and nothing else) in its credit fields
   * replaced by the graph nodes they name, as WordPress's Yoast graph writes authors.
   */
  private static JsonNode withGraph(JsonNode found, JsonNode root) {
    JsonNode graph = root.get("@graph");
    if (graph != null && found instanceof ObjectNode article) {
      for (String field : REFERENCE_FIELDS) {
        if (article.has(field)) {
          article.set(field, resolve(graph, article.get(field)));
        }
      }
    }
    return found;
  }

  private static JsonNode resolve(JsonNode graph, JsonNode value) {
    if (value.isArray()) {
      ArrayNode out = JSON.createArrayNode();
      value.forEach(v -> out.add(resolve(graph, v)));
      return out;
    }
    if (value.isObject() && value.has("@id") && !value.has("name")) {
      String id = value.get("@id").asText();
      for (JsonNode n : graph) {
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
