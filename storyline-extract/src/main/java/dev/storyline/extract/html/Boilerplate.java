package dev.storyline.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Recognises page furniture by its markup: tag, role, class and id. */
final class Boilerplate {

  /**
   * Elements that never hold article text. Ruby annotations ({@code rt}, {@code rp}) are readings
   * printed over Japanese and Chinese characters: kept, they would double every annotated word.
   */
  static final Set<String> DROPPED_TAGS = Set.of(
      "script", "style", "figcaption", "template", "svg", "canvas", "iframe", "object", "embed", "video",
      "audio", "map", "select", "textarea", "input", "button", "link", "meta", "head", "dialog", "math", "rt", "rp");

  /**
   * Sectioning elements that hold navigation, headers and asides, not the story; and noscript, which
   * holds "enable JavaScript" notices, except on pages whose broken markup puts the story inside it.
   */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu", "noscript");

  /** ARIA roles of page regions that are not the story. */
  static final Set<String> FURNITURE_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar",
      "toolbar", "alert", "alertdialog", "tablist");

  /**
   * Class and id words of furniture, matched as whole parts of a class name split at hyphens and
   * underscores ("comment-list" has the part "comment"), or as two or three parts joined by a
   * hyphen ("tag-list"). Collected from the markup of news and blog templates: WordPress, Drupal,
   * Arc, Brightspot, Medium, Blogger and the share, ad and comment widgets they embed; author boxes,
   * advertising disclaimers, tables of contents and calls to action inside the story.
   */
  private static final Set<String> PART_WORDS = Set.of(
      "comment", "comments", "commentlist", "kommentar", "kommentare", "disqus", "respond", "replies", "share",
      "sharing", "shares", "sharebar", "social", "socials", "sociallinks", "related", "relatedposts", "recommended",
      "recommendations", "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "gdpr",
      "breadcrumb", "breadcrumbs", "sidebar", "footer", "masthead", "navbar", "nav", "navigation", "menu",
      "pagination", "pager", "promo", "promotion", "sponsor", "sponsored", "outbrain", "taboola", "popup", "modal",
      "overlay", "login", "signup", "signin", "taglist", "tag-list", "tagcloud", "author-bio", "authorbio", "byline",
      "toolbar", "skiplink", "sr-only", "visually-hidden", "screen-reader-text", "most-read", "mostread", "trending",
      "read-more", "readmore", "more-stories", "next-post", "prev-post", "post-navigation", "donate", "donation",
      "related-links", "linkbox", "postmeta", "post-meta", "entry-meta", "article-meta", "dateline", "timestamp",
      "credit", "credits", "caption", "captions", "wp-caption-text", "image-caption", "photo-caption", "copyright",
      "topbar", "dek", "standfirst", "author-box", "authorbox", "author-info", "author-description", "about-author",
      "mini-bio", "contributor-bio", "disclaimer", "disclosure", "toc", "table-of-contents", "cta");

  /**
   * Furniture words too short or too common to trust inside a compound class: they count only at the
   * head of a class name ("ad-slot", "meta"), never as a modifier ("Section--Ads", "has-header").
   */
  private static final Set<String> HEAD_WORDS = Set.of(
      "ad", "ads", "adslot", "adunit", "advert", "advertisement", "anzeige", "banner", "header", "meta", "bio",
      "tags", "skip", "follow", "jump", "popular", "legal", "rating", "reply");

  /** Words that mark the element holding the story, which must survive a furniture word in its class. */
  private static final Set<String> CONTENT_WORDS = Set.of(
      "article", "articlebody", "article-body", "story", "story-body", "entry-content", "post-content", "post-body",
      "content", "main", "body", "text", "prose", "blog-post", "hentry");

  /**
   * Furniture words distinctive enough to trust anywhere in a class, camelCase included ("imageCaption",
   * "schnellkontakt"): contact boxes and forms are never the story. "comment" counts too, unless it
   * is "commentary".
   */
  private static final List<String> SUBSTRINGS = List.of(
      "caption", "credit", "sidebar", "breadcrumb", "newsletter", "cookie", "disqus", "outbrain", "taboola", "sharing",
      "sharebar", "socialshare", "social-share", "share-buttons", "sharetools", "share-tools", "kontakt", "contact");

  private static boolean hasFurnitureSubstring(String marks) {
    for (String word : SUBSTRINGS) {
      if (marks.contains(word)) {
        return true;
      }
    }
    return namesComments(marks);
  }

  /** True when lower-cased class and id words name readers' comments: "comment", not "commentary". */
  private static boolean namesComments(String marks) {
    for (int i = marks.indexOf("comment"); i >= 0; i = marks.indexOf("comment", i + 1)) {
      if (!marks.startsWith("ary", i + "comment".length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Class and id words, besides comments, of regions of their own in every template (more comment
   * threads and sidebars), never a wrapper the story sits in, whatever else the page holds.
   */
  private static final List<String> OWN_REGION_WORDS = List.of("kommentar", "disqus", "respond", "replies", "sidebar");

  /** True when the element's class or id names it as comments or a sidebar. */
  static boolean isOwnRegion(Element e) {
    String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return namesComments(marks) || OWN_REGION_WORDS.stream().anyMatch(marks::contains);
  }

  private Boilerplate() {}

  /** True when the element's tag, role or style says it holds no visible article text. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * A test for furniture by tag, ARIA role, or class and id words that name furniture and not also
   * the story. It remembers the verdict on each class and id string, as a page repeats the same few
   * dozen across thousands of elements; for one page at a time.
   */
  static Predicate<Element> furnitureTest() {
    Map<String, Boolean> byMarks = new HashMap<>();
    return e -> {
      if (FURNITURE_TAGS.contains(e.normalName())) {
        return true;
      }
      String role = e.attr("role");
      if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
        return true;
      }
      String cls = e.className();
      String id = e.id();
      if (cls.isEmpty() && id.isEmpty()) {
        return false;
      }
      return byMarks.computeIfAbsent(cls + " " + id, Boilerplate::marksFurniture);
    };
  }

  /** True when class and id words name furniture and not also the story. */
  private static boolean marksFurniture(String classAndId) {
    String marks = classAndId.toLowerCase(Locale.ROOT);
    boolean furniture = false;
    for (String name : Tokens.split(marks, Tokens.WHITESPACE)) {
      if (name.isEmpty()) {
        continue;
      }
      List<String> parts = Tokens.split(name, Tokens.NAME_PARTS);
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).isEmpty()) {
          continue;
        }
        if (CONTENT_WORDS.contains(parts.get(i))
            || i + 1 < parts.size() && CONTENT_WORDS.contains(parts.get(i) + "-" + parts.get(i + 1))) {
          return false;
        }
        furniture |= PART_WORDS.contains(parts.get(i))
            || i + 1 < parts.size() && PART_WORDS.contains(parts.get(i) + "-" + parts.get(i + 1))
            || i + 2 < parts.size()
                && PART_WORDS.contains(parts.get(i) + "-" + parts.get(i + 1) + "-" + parts.get(i + 2));
      }
      furniture |= parts.size() > 0 && HEAD_WORDS.contains(parts.get(0));
    }
    return furniture || hasFurnitureSubstring(marks);
  }
}
