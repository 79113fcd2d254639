package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluation on the shared feed samples (read in place, never copied): each file's format, and its
 * link count against a naive count taken here with regular expressions (Jackson's tree for JSON).
 */
class SharedFeedsTest {

  /** The checkout's sibling folder "shared"; from /work/main/storyline-ingest that is /work/shared. */
  private static final Path FEEDS =
      Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("datasets/feeds");

  private static final Pattern ITEM = Pattern.compile("<item[\\s>].*?</item>", Pattern.DOTALL);
  private static final Pattern ENTRY = Pattern.compile("<entry[\\s>].*?</entry>", Pattern.DOTALL);
  private static final Pattern URL = Pattern.compile("<url>.*?</url>", Pattern.DOTALL);
  private static final Pattern RSS_LINK =
      Pattern.compile("<link>\\s*(?:<!\\[CDATA\\[)?\\s*(https?://[^<\\]\\s]+)");
  private static final Pattern PERMALINK_GUID =
      Pattern.compile("<guid(?![^>]*isPermaLink=\"false\")[^>]*>\\s*(https?://[^<\\s]+)");
  private static final Pattern ATOM_LINK = Pattern.compile("<link\\b[^>]*>");
  private static final Pattern HREF = Pattern.compile("href=\"(https?://[^\"]+)\"");
  private static final Pattern REL = Pattern.compile("rel=\"([^\"]*)\"");
  private static final Pattern LOC = Pattern.compile("<loc>\\s*(https?://[^<\\s]+)");
  private static final Pattern DATE = Pattern.compile(
      "<(pubDate|pubdate|dc:date|published|updated|lastmod|news:publication_date)>");

  @TestFactory
  Stream<DynamicTest> readsEverySharedFeedWithTheNaiveCount() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(FEEDS), "shared feed samples not found at " + FEEDS + "; skipped");
    List<Path> files;
    try (Stream<Path> list = Files.list(FEEDS)) {
      files = list.filter(p -> !p.getFileName().toString().endsWith(".LICENSE")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Format expected = naiveFormat(text);
    // key: link address, value: whether its entry carries a date element
    Map<String, Boolean> naive = switch (expected) {
      case RSS, RDF -> blocks(ITEM, text, SharedFeedsTest::rssLink);
      // an entry with only rel="self" links (trafilatura-feed1.atom has one) names no article
      case ATOM -> blocks(ENTRY, text, SharedFeedsTest::atomLink);
      case SITEMAP -> blocks(URL, text, block -> first(LOC, block));
      case JSON_FEED -> jsonItems(bytes);
      default -> throw new AssertionError(file + ": naive format " + expected);
    };

    Feed feed = Feeds.read(bytes, file.toString());

    assertThat(feed.format()).as(file + " format").isEqualTo(expected);
    assertThat(feed.links()).as(file + " links").extracting(Link::url).containsExactlyElementsOf(naive.keySet());
    long dated = naive.values().stream().filter(d -> d).count();
    assertThat(feed.links().stream().filter(l -> l.published() != null).count()).as(file + " dated links")
        .isEqualTo(dated);
    System.out.printf("%s: %s, %d links, %d dated%n", file.getFileName(), feed.format(), feed.links().size(), dated);
  }

  private static Format naiveFormat(String text) {
    if (text.stripLeading().startsWith("{") && text.contains("jsonfeed.org")) {
      return Format.JSON_FEED;
    }
    Matcher m = Pattern.compile("<(rss|rdf:RDF|feed|urlset|sitemapindex)[\\s>]").matcher(text);
    if (!m.find()) {
      return Format.UNKNOWN;
    }
    return switch (m.group(1)) {
      case "rss" -> Format.RSS;
      case "rdf:RDF" -> Format.RDF;
      case "feed" -> Format.ATOM;
      case "urlset" -> Format.SITEMAP;
      default -> Format.SITEMAP_INDEX;
    };
  }

  private static Map<String, Boolean> blocks(Pattern block, String text, java.util.function.Function<String, String> link) {
    Map<String, Boolean> links = new LinkedHashMap<>();
    Matcher m = block.matcher(text);
    while (m.find()) {
      String url = link.apply(m.group());
      if (url != null) {
        links.putIfAbsent(url, DATE.matcher(m.group()).find());
      }
    }
    return links;
  }

  private static String rssLink(String item) {
    String link = first(RSS_LINK, item);
    return link != null ? link : first(PERMALINK_GUID, item);
  }

  private static String atomLink(String entry) {
    Matcher tags = ATOM_LINK.matcher(entry);
    while (tags.find()) {
      String rel = first(REL, tags.group());
      if (rel == null || rel.equals("alternate")) {
        return first(HREF, tags.group());
      }
    }
    return null;
  }

  private static String first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static Map<String, Boolean> jsonItems(byte[] bytes) throws Exception {
    Map<String, Boolean> links = new LinkedHashMap<>();
    List<JsonNode> items = new ArrayList<>();
    new ObjectMapper().readTree(bytes).path("items").forEach(items::add);
    for (JsonNode item : items) {
      String url = item.path("url").isTextual() ? item.path("url").asText() : item.path("external_url").asText(null);
      if (url != null && url.matches("https?://.*")) {
        links.putIfAbsent(url, item.has("date_published") || item.has("date_modified"));
      }
    }
    return links;
  }
}
