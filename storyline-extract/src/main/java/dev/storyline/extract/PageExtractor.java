package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.extract.html.HtmlPages;
import dev.storyline.extract.html.MainText;
import dev.storyline.extract.lang.LanguageDetector;
import dev.storyline.extract.meta.Authors;
import dev.storyline.extract.meta.PageIndex;
import dev.storyline.extract.meta.Found;
import dev.storyline.extract.meta.JsonLd;
import dev.storyline.extract.meta.MetaTags;
import dev.storyline.extract.meta.Outlets;
import dev.storyline.extract.meta.PublicationDates;
import dev.storyline.extract.meta.Titles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the text and metadata of one web page. Thread-safe; one instance serves a process. */
public final class PageExtractor {

  /**
   * A JSON-LD articleBody replaces the body found in the markup when it is this many times longer:
   * then the markup hid the story (paywall stubs, script-rendered pages) and the data did not.
   */
  static final double LD_BODY_ADVANTAGE = 1.5;

  /** Most tags kept; keyword lists beyond this are search-engine stuffing. */
  static final int MAX_TAGS = 30;

  private final LanguageDetector languages = new LanguageDetector();

  /**
   * Extracts a page.
   *
   * @param html the page's bytes, in any encoding
   * @param url the address it was fetched from, or null
   * @param fetched when it was fetched: relative dates count back from it, and no date lies after it;
   *     null when unknown (an archived file), which leaves relative dates unread and bounds dates by now
   * @throws IllegalArgumentException naming the problem when the bytes are not a web page
   */
  public Extraction extract(byte[] html, String url, LocalDateTime fetched) {
    Document page = HtmlPages.parse(html, url);
    PageIndex index = PageIndex.of(page);
    MetaTags meta = MetaTags.of(index);
    JsonNode ld = JsonLd.article(index);
    Map<String, Provenance> provenance = new HashMap<>();

    Found<String> address = canonical(index, meta, ld, url);
    Found<String> outlet = Outlets.find(page, meta, ld, address == null ? url : address.value());
    Found<String> title = Titles.find(page, index, meta, ld, outlet == null ? null : outlet.value());
    Found<List<String>> authors = Authors.find(index, meta, ld);
    Found<LocalDate> published = PublicationDates.published(index, meta, ld,
        address == null ? url : address.value(), fetched);
    Found<LocalDate> modified = PublicationDates.modified(index, meta, ld, fetched);
    String description = first(meta.value("og:description", "description", "twitter:description"),
        JsonLd.text(ld, "description"));
    String image = first(meta.value("og:image", "og:image:url", "twitter:image", "twitter:image:src"),
        ld == null ? null : first(JsonLd.text(ld.get("image"), "url"), JsonLd.text(ld, "image")));
    String section = first(meta.value("article:section", "parsely-section", "section"), JsonLd.text(ld, "articleSection"));
    List<String> tags = tags(meta, ld);
    Element root = page.firstElementChild();
    String htmlLang = root == null ? "" : root.attr("lang");

    String text = MainText.extract(page, title == null ? null : title.value());
    String ldBody = JsonLd.text(ld, "articleBody");
    if (ldBody != null && ldBody.length() > LD_BODY_ADVANTAGE * text.length() && !ldBody.endsWith("…")
        && !ldBody.endsWith("...")) {
      text = ldBody.strip();
      provenance.put("text", new Provenance("json-ld", 0.9));
    } else if (!text.isEmpty()) {
      provenance.put("text", new Provenance("markup", 0.8));
    }

    String language = null;
    LanguageDetector.Guess guess = languages.detect(text.isEmpty() ? (title == null ? "" : title.value()) + " "
        + (description == null ? "" : description) : text);
    if (guess != null) {
      language = guess.language();
      provenance.put("language", new Provenance("detector", guess.confidence()));
    } else if (htmlLang.length() >= 2) {
      language = htmlLang.substring(0, 2).toLowerCase(Locale.ROOT);
      provenance.put("language", new Provenance("html-lang", 0.6));
    }
    note(provenance, "url", address);
    note(provenance, "outlet", outlet);
    note(provenance, "title", title);
    note(provenance, "authors", authors);
    note(provenance, "published", published);
    note(provenance, "modified", modified);
    return new Extraction(
        address == null ? url : address.value(),
        title == null ? null : title.value(),
        text,
        authors == null ? List.of() : authors.value(),
        published == null ? null : published.value(),
        modified == null ? null : modified.value(),
        outlet == null ? null : outlet.value(),
        language, description, image, section, tags, provenance);
  }

  private static Found<String> canonical(PageIndex index, MetaTags meta, JsonNode ld, String url) {
    Element link = index.canonical();
    String href = link == null ? "" : link.absUrl("href");
    if (isWeb(href)) {
      return new Found<>(href, "link:canonical", 0.9);
    }
    String og = meta.value("og:url");
    if (isWeb(og)) {
      return new Found<>(og.strip(), "meta:og:url", 0.8);
    }
    String ldUrl = JsonLd.text(ld, "url");
    if (isWeb(ldUrl)) {
      return new Found<>(ldUrl, "json-ld", 0.7);
    }
    return url == null ? null : new Found<>(url, "fetch", 1.0);
  }

  private static boolean isWeb(String s) {
    return s != null && (s.startsWith("http://") || s.startsWith("https://")) && s.length() < 2048;
  }

  private static List<String> tags(MetaTags meta, JsonNode ld) {
    Set<String> out = new LinkedHashSet<>(meta.all("article:tag"));
    for (String key : new String[] {"news_keywords", "keywords", "parsely-tags"}) {
      for (String v : meta.all(key)) {
        for (String t : v.split("\\s*[,;]\\s*")) {
          out.add(t.strip());
        }
      }
    }
    if (ld != null) {
      for (String v : JsonLd.texts(ld.get("keywords"))) {
        for (String t : v.split("\\s*,\\s*")) {
          out.add(t.strip());
        }
      }
    }
    out.remove("");
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_TAGS));
  }

  private static void note(Map<String, Provenance> provenance, String field, Found<?> found) {
    if (found != null) {
      provenance.put(field, new Provenance(found.source(), found.confidence()));
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
